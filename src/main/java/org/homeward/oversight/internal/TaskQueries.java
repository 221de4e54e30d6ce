package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
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

    private static final String FROM = """
              from task t
              left join child c on c.id = t.child_id
              left join user_account ou on ou.id = t.owner_id
              left join team tm on tm.id = t.owner_team_id
              left join user_account hu on hu.id = t.handed_over_by
            """;

    private static final String SELECT = """
            select t.id, t.kind, t.subject, t.child_id, c.given_names || ' ' || c.family_name as child_name, t.link,
                   t.owner_id, ou.display_name as owner_name, t.owner_team_id, tm.name as team_name, t.due_at,
                   t.high_risk, t.status, t.handed_over_at, t.handed_over_by, hu.display_name as handed_over_by_name,
                   t.handover_acknowledged_at, t.closed_at""" + FROM;

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
     * missing-person coordinators), those their team holds with no one person allocated: the
     * {@code each} overdue, high-risk first then most recently overdue, and the {@code each} next due,
     * so that a backlog never hides a child at high risk or what is due today.
     */
    List<TaskRow> forHome(CurrentUser user, boolean manager, Instant now, int each) {
        String mine = homeWhere(user, manager);
        List<TaskRow> rows = new java.util.ArrayList<>(homeParams(jdbc.sql(SELECT + mine
                + " and t.due_at <= :now order by t.high_risk desc, t.due_at desc, t.id desc limit :n"), user, manager)
                .param("now", Timestamp.from(now)).param("n", each).query(TaskRow.class).list());
        rows.addAll(homeParams(jdbc.sql(SELECT + mine + " and t.due_at > :now order by t.due_at, t.id limit :n"),
                user, manager).param("now", Timestamp.from(now)).param("n", each).query(TaskRow.class).list());
        return rows;
    }

    /** How many of the home page's tasks are overdue, and how many in all. */
    record HomeCounts(long overdue, long total) {
    }

    HomeCounts homeCounts(CurrentUser user, boolean manager, Instant now) {
        return homeParams(jdbc.sql("select count(*) filter (where t.due_at <= :now) as overdue, count(*) as total"
                + " from task t" + homeWhere(user, manager)), user, manager)
                .param("now", Timestamp.from(now)).query(HomeCounts.class).single();
    }

    private static String homeWhere(CurrentUser user, boolean manager) {
        String team = manager && user.teamId() != null ? " or t.owner_team_id = :team" : "";
        return " where t.status = 'OPEN' and (t.owner_id = :u" + team + ")";
    }

    private static JdbcClient.StatementSpec homeParams(JdbcClient.StatementSpec spec, CurrentUser user, boolean manager) {
        spec = spec.param("u", user.id());
        return manager && user.teamId() != null ? spec.param("team", user.teamId()) : spec;
    }

    /** The child's open task due soonest. */
    Optional<TaskRow> nextForChild(UUID childId) {
        return jdbc.sql(SELECT + " where t.child_id = :c and t.status = 'OPEN' order by t.due_at, t.id limit 1")
                .param("c", childId).query(TaskRow.class).optional();
    }

    /** One page of a queue by due time, read by keyset from {@code keyset}'s position. */
    Keyset.Page<TaskRow> queueByDue(CurrentUser user, Query q, Instant now, Instant endOfToday, Keyset keyset) {
        String sql = SELECT + where(user, q) + keyset.condition("t.due_at", "t.id", q.descending())
                + keyset.orderBy("t.due_at", "t.id", q.descending()) + keyset.limit();
        return keyset.page(params(keyset.bind(jdbc.sql(sql)), sql, user, q, now, endOfToday).query(TaskRow.class).list(),
                TaskRow::dueAt, TaskRow::id);
    }

    /**
     * One page of a queue in another order (kind, owner or child), then by due time and id, all in the
     * order's direction. The position is still a due time and a task id, never a name: the names it
     * continues from are read from that task.
     */
    Keyset.Page<TaskRow> queue(CurrentUser user, Query q, Instant now, Instant endOfToday, Keyset keyset) {
        List<String> order = switch (q.sort()) {
            case "kind" -> List.of("t.kind", "t.due_at", "t.id");
            case "owner" -> List.of("coalesce(ou.display_name, tm.name, '')", "t.due_at", "t.id");
            // Tasks about no child come last either way.
            case "child" -> List.of("(t.child_id is " + (q.descending() ? "not " : "") + "null)::int",
                    "coalesce(c.given_names || ' ' || c.family_name, '')", "t.due_at", "t.id");
            default -> List.of("t.due_at", "t.id");
        };
        String position = "(select " + String.join(", ", order) + FROM + " where t.id = :keysetId)";
        String sql = SELECT + where(user, q) + keyset.condition(order, position, q.descending())
                + keyset.orderBy(order, q.descending()) + keyset.limit();
        return keyset.page(params(keyset.bind(jdbc.sql(sql)), sql, user, q, now, endOfToday).query(TaskRow.class).list(),
                TaskRow::dueAt, TaskRow::id);
    }

    long count(CurrentUser user, Query q, Instant now, Instant endOfToday) {
        String sql = "select count(*) from task t" + where(user, q);
        return params(jdbc.sql(sql), sql, user, q, now, endOfToday).query(Long.class).single();
    }

    private static String where(CurrentUser user, Query q) {
        StringBuilder sql = new StringBuilder(" where t.status = 'OPEN'");
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
        return sql.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, String text, CurrentUser user, Query q,
                                                   Instant now, Instant endOfToday) {
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
        return spec;
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
            if (step.contains("supervisor")) {
                return "Overdue: supervisor told";
            }
            if (step.contains("director")) {
                return "Overdue: Director of Children's Services told";
            }
            if (step.contains("lead-member")) {
                return "Overdue: Lead Member told";
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
