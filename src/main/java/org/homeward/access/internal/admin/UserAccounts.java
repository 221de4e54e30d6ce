package org.homeward.access.internal.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AgencyKind;
import org.homeward.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles, as administrators see and change them. Never reads password hashes. */
@Repository
class UserAccounts {

    record User(UUID id, String username, String displayName, String email, UUID agencyId, String agencyName,
                AgencyKind agencyKind, UUID teamId, String teamName, boolean enabled, int failedAttempts,
                Instant lockedUntil, long version, Set<Role> roles) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        public List<String> roleLabels() {
            return roles.stream().map(Role::label).toList();
        }
    }

    record Details(String username, String displayName, String email, UUID agencyId, UUID teamId, Set<Role> roles) {
    }

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.agency_id, a.name as agency_name, a.kind as agency_kind,
                   u.team_id, t.name as team_name, u.enabled, u.failed_attempts, u.locked_until, u.version,
                   (select string_agg(r.role, ',') from user_role r where r.user_id = u.id) as roles
              from user_account u join agency a on a.id = u.agency_id left join team t on t.id = u.team_id""";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<User> list() {
        return jdbc.sql(SELECT + " order by lower(u.username)").query(UserAccounts::user).list();
    }

    Optional<User> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserAccounts::user).optional();
    }

    boolean usernameTaken(String username, UUID except) {
        return jdbc.sql("select count(*) from user_account where lower(username) = lower(:u) and id is distinct from :except")
                .param("u", username).param("except", except, Types.OTHER).query(Long.class).single() > 0;
    }

    /** The account and its roles are written together or not at all. */
    @Transactional
    UUID create(Details d, String passwordHash) {
        UUID id = UUID.randomUUID();
        Map<String, Object> p = params(d);
        p.put("id", id);
        p.put("hash", passwordHash);
        jdbc.sql("""
                insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id)
                values (:id, :username, :displayName, :email, :hash, :agency, :team)""")
                .params(p).update();
        insertRoles(id, d.roles());
        return id;
    }

    /** @return false when someone else saved the account since {@code version} was read */
    @Transactional
    boolean update(UUID id, long version, Details d) {
        Map<String, Object> p = params(d);
        p.put("id", id);
        p.put("version", version);
        int updated = jdbc.sql("""
                update user_account set username = :username, display_name = :displayName, email = :email,
                       agency_id = :agency, team_id = :team, version = version + 1
                 where id = :id and version = :version""")
                .params(p).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        insertRoles(id, d.roles());
        return true;
    }

    // Unlocking, switching on or off and setting a password leave the version alone: none of them touches
    // what the edit form shows, so none should make someone's edit in progress fail.

    @Transactional
    void unlock(UUID id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id).update();
    }

    @Transactional
    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update user_account set enabled = :enabled where id = :id")
                .param("id", id).param("enabled", enabled).update();
    }

    @Transactional
    void setPasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    private void insertRoles(UUID id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    private static Map<String, Object> params(Details d) {
        Map<String, Object> p = new HashMap<>();
        p.put("username", d.username());
        p.put("displayName", d.displayName());
        p.put("email", d.email());
        p.put("agency", d.agencyId());
        p.put("team", d.teamId());
        return p;
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String names = rs.getString("roles");
        if (names != null) {
            for (String name : names.split(",")) {
                roles.add(Role.valueOf(name));
            }
        }
        return new User(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
                AgencyKind.valueOf(rs.getString("agency_kind")), rs.getObject("team_id", UUID.class),
                rs.getString("team_name"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant(), rs.getLong("version"), roles);
    }
}
