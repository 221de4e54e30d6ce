package org.homeward.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A list's rows held to the children a person is involved with, as a condition on the list's own
 * query: their agency, their team or they themselves are involved (the {@code involvement} table, the
 * answer of the {@code child_involvement} view).
 */
public record InvolvedWith(UUID agencyId, UUID teamId, UUID userId, Instant now) {

    /** The condition on {@code childColumn}, with positional parameters ({@link #params()}). */
    public String sql(String childColumn) {
        return "exists (select 1 from involvement ci where ci.child_id = " + childColumn
                + " and (ci.agency_id = ? or ci.team_id = ? or ci.user_id = ?)"
                + " and (ci.until is null or ci.until > ?))";
    }

    public List<Object> params() {
        return java.util.Arrays.asList(agencyId, teamId, userId, Timestamp.from(now));
    }

    /** The same condition for a query with named parameters ({@link #namedParams()}). */
    public String namedSql(String childColumn) {
        return "exists (select 1 from involvement ci where ci.child_id = " + childColumn
                + " and (ci.agency_id = :involvedAgency or ci.team_id = :involvedTeam or ci.user_id = :involvedUser)"
                + " and (ci.until is null or ci.until > :involvedAt))";
    }

    public java.util.Map<String, Object> namedParams() {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("involvedAgency", agencyId);
        params.put("involvedTeam", teamId);
        params.put("involvedUser", userId);
        params.put("involvedAt", Timestamp.from(now));
        return params;
    }
}
