package org.homeward.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AgencyKind;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class UserAccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        record Row(UUID id, String username, String displayName, String passwordHash, UUID agencyId,
                   String agencyName, String agencyKind, UUID teamId, boolean enabled, Instant lockedUntil) {
        }
        Row row = jdbc.sql("""
                select u.id, u.username, u.display_name, u.password_hash, u.agency_id, a.name as agency_name,
                       a.kind as agency_kind, u.team_id, u.enabled, u.locked_until
                  from user_account u join agency a on a.id = u.agency_id
                 where lower(u.username) = lower(:username)""")
                .param("username", username == null ? "" : username.strip())
                .query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<String> roleNames = jdbc.sql("select role from user_role where user_id = :id")
                .param("id", row.id()).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(r -> roles.add(Role.valueOf(r)));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant());
        return new CurrentUser(row.id(), row.username(), row.displayName(), row.agencyId(), row.agencyName(),
                AgencyKind.valueOf(row.agencyKind()), row.teamId(), roles, row.enabled(), locked, row.passwordHash());
    }
}
