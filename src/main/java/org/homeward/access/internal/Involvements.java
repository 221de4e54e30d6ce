package org.homeward.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the {@code involvement} table (the answer of the {@code child_involvement} view): whether a person, their team or their agency is involved with a child. */
@Repository
public class Involvements {

    /*
     * A person's own involvement may begin later (a case-file audit not yet started: decision 0030); an agency's or
     * team's counts from when it is recorded, as it always has (a placement recorded ahead of its first day).
     */
    private static final String PARTY = """
            (ci.agency_id = :agency or ci.team_id = :team or ci.user_id = :user)
            and (ci.until is null or ci.until > :now)
            and (ci.user_id is null or ci.since is null or ci.since <= :now)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Involvements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code personalOnly}: only the person's own involvement counts, not their team's or agency's. */
    public boolean involved(CurrentUser user, UUID childId, boolean personalOnly) {
        return jdbc.sql("select exists (select 1 from involvement ci where ci.child_id = :child and " + PARTY + ")")
                .param("child", childId).params(party(user, personalOnly)).query(Boolean.class).single();
    }

    /** Whether the person takes part in a case-file audit running now (decision 0030). */
    public boolean inCaseAuditNow(UUID userId) {
        return jdbc.sql("""
                select exists (select 1 from involvement ci where ci.user_id = :user and ci.basis = 'CASE_AUDIT'
                                  and ci.since <= :now and ci.until > :now)""")
                .param("user", userId).param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    /**
     * Those of the children the person was given by a case-file audit that is not running now (not yet
     * started, ended, or its report issued): an auditor's access to a sampled child is the audit's alone.
     */
    public Set<UUID> auditedOutsideTheAudit(UUID userId, Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                select ci.child_id from involvement ci
                 where ci.user_id = :user and ci.basis = 'CASE_AUDIT' and ci.child_id = any(:children)
                 group by ci.child_id
                having not bool_or(ci.since <= :now and ci.until > :now)""")
                .param("user", userId).param("children", childIds.toArray(UUID[]::new))
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).list().stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the person may see the child (the bases of their involvement), for the audit trail and the page. */
    public List<String> bases(CurrentUser user, UUID childId) {
        return jdbc.sql("select distinct ci.basis from involvement ci where ci.child_id = :child and " + PARTY
                        + " order by ci.basis")
                .param("child", childId).params(party(user, false)).query(String.class).list();
    }

    /** Those of the children the person is involved with. */
    public Set<UUID> involvedAmong(CurrentUser user, Collection<UUID> childIds, boolean personalOnly) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select distinct ci.child_id from involvement ci where ci.child_id = any(:children) and "
                        + PARTY)
                .param("children", childIds.toArray(UUID[]::new)).params(party(user, personalOnly))
                .query(UUID.class).list().stream().collect(Collectors.toUnmodifiableSet());
    }

    private java.util.Map<String, Object> party(CurrentUser user, boolean personalOnly) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("agency", personalOnly ? null : user.agencyId());
        params.put("team", personalOnly ? null : user.teamId());
        params.put("user", user.id());
        params.put("now", Timestamp.from(clock.instant()));
        return params;
    }
}
