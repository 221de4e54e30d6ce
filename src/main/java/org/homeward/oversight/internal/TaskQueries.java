package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads tasks for the queues, the task page and the home page. */
@Component
class TaskQueries {

    /** Which tasks a queue holds. */
    enum Scope { MINE, TEAM, ALL }

    /** A queue's filter and order: codes only, so a queue can be bookmarked without personal data in its address. */
    record Query(Scope scope, String due, String kind, String sort, boolean descending) {
    }

    private static final String SELECT = """
            select t.id, t.kind, t.subject, t.child_id, c.given_names || ' ' || c.family_name as child_name, t.link,
                   t.owner_id, ou.display_name as owner_name, t.owner_team_id, tm.name as team_name, t.due_at,
                   t.high_risk, t.status, t.handed_over_at, t.handed_over_by, hu.display_name as handed_over_by_name,
                   t.handover_acknowledged_at, t.closed_at
              from task t
              left join child c on c.id = t.child_id
              left join user_account ou on ou.id = t.owner_id
              left join team tm on tm.id = t.owner_team_id
              left join user_account hu on hu.id = t.handed_over_by
            """;

    /** Tasks of the user's team: owned by the team, or by anyone in it. */
    private static final String IN_TEAM = """
            (t.owner_team_id = :team or t.owner_id in (select u.id from user_account u where u.team_id = :team))""";

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskRow> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TaskRow.class).optional();
    }

    /**
     * The user's own open tasks and, for those who take their team's work (managers, the police
     * missing-person coordinators), those their team holds with no one person allocated.
     */
    List<TaskRow> forHome(CurrentUser user, boolean takesTeamWork) {
        String where = takesTeamWork && user.teamId() != null ? " or t.owner_team_id = :team" : "";
        var spec = jdbc.sql(SELECT + " where t.status = 'OPEN' and (t.owner_id = :u" + where
                + ") order by t.due_at limit 200").param("u", user.id());
        return (where.isEmpty() ? spec : spec.param("team", user.teamId())).query(TaskRow.class).list();
    }

    List<TaskRow> queue(CurrentUser user, Query q, Instant now, Instant endOfToday) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where t.status = 'OPEN'");
        switch (q.scope()) {
            case MINE -> sql.append(TaskController.coordinator(user) && user.teamId() != null
                    ? " and (t.owner_id = :u or t.owner_team_id = :team)" : " and t.owner_id = :u");
            case TEAM -> sql.append(" and ").append(IN_TEAM);
            case ALL -> { }
        }
        if ("overdue".equals(q.due())) {
            sql.append(" and t.due_at <= :now");
        } else if ("today".equals(q.due())) {
            sql.append(" and t.due_at > :now and t.due_at <= :endOfToday");
        }
        if (q.kind() != null) {
            sql.append(" and t.kind = :kind");
        }
        String direction = q.descending() ? " desc" : "";
        sql.append(switch (q.sort()) {
            case "kind" -> " order by t.kind" + direction + ", t.due_at";
            case "owner" -> " order by coalesce(ou.display_name, tm.name)" + direction + ", t.due_at";
            case "child" -> " order by child_name" + direction + " nulls last, t.due_at";
            default -> " order by t.due_at" + direction;
        }).append(", t.id limit 500");
        var spec = jdbc.sql(sql.toString());
        String text = sql.toString();
        if (text.contains(":u")) {
            spec = spec.param("u", user.id());
        }
        if (text.contains(":team")) {
            spec = spec.param("team", user.teamId());
        }
        if (text.contains(":now")) {
            spec = spec.param("now", Timestamp.from(now));
        }
        if (text.contains(":endOfToday")) {
            spec = spec.param("endOfToday", Timestamp.from(endOfToday));
        }
        if (q.kind() != null) {
            spec = spec.param("kind", q.kind());
        }
        return spec.query(TaskRow.class).list();
    }

    /** Whether the person is in the team that owns the task, or in the owner's team. */
    boolean inOwnersTeam(TaskRow task, UUID teamId) {
        if (teamId == null) {
            return false;
        }
        if (teamId.equals(task.ownerTeamId())) {
            return true;
        }
        return task.ownerId() != null && jdbc.sql("select count(*) from user_account where id = :o and team_id = :t")
                .param("o", task.ownerId()).param("t", teamId).query(Long.class).single() > 0;
    }

    record Escalated(String step, Instant escalatedAt) {

        /** The matrix's step names are configuration; the page says what happened. */
        public String label() {
            if (step.startsWith("handover-")) {
                return "Handover not acknowledged";
            }
            if (step.contains("high-risk")) {
                return "High risk: named senior manager told";
            }
            return step.contains("senior") ? "Overdue: named senior manager told"
                    : step.contains("team") ? "Overdue: team manager told" : step;
        }
    }

    List<Escalated> escalations(UUID taskId) {
        return jdbc.sql("select step, escalated_at from escalation where task_id = :t order by escalated_at")
                .param("t", taskId).query(Escalated.class).list();
    }
}
