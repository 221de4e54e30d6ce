package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the escalation matrix over the open tasks. Safe to run on every instance at once: a
 * transaction-scoped advisory lock lets one instance run at a time, and the unique (task, step) key
 * means an escalation already recorded is never sent again.
 */
@Component
public class Escalations {

    /** Any fixed number, the same on every instance: the lock all escalation runs share. */
    private static final long LOCK = 0x486f6d6577617264L;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final EscalationMatrix matrix;
    private final Recipients recipients;
    private final Notifications notifications;
    private final Mailer mailer;
    private final Dates dates;
    private final EpisodeReviews episodeReviews;

    Escalations(JdbcClient jdbc, TransactionTemplate tx, Clock clock, EscalationMatrix matrix, Recipients recipients,
                Notifications notifications, Mailer mailer, Dates dates, EpisodeReviews episodeReviews) {
        this.episodeReviews = episodeReviews;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.matrix = matrix;
        this.recipients = recipients;
        this.notifications = notifications;
        this.mailer = mailer;
        this.dates = dates;
    }

    record Candidate(UUID id, String subject, Instant dueAt, String ownerName, String teamName, UUID handedOverBy,
                     Instant handedOverAt) {

        String owner() {
            return ownerName != null ? ownerName : teamName + " (team)";
        }
    }

    /** Escalates what is due and sends the emails waiting; the number of escalations made by this run. */
    public int run() {
        Integer made = tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                    .query(Boolean.class).single())) {
                return 0;
            }
            // Missing children whose episode was written without events get their review first, so it escalates too.
            episodeReviews.reconcile();
            Instant now = clock.instant();
            int n = 0;
            for (EscalationMatrix.Step step : matrix.steps()) {
                n += step.prolongedEpisode() ? prolonged(step, now) : step(step, now);
            }
            n += handovers(now);
            return n;
        });
        mailer.sendWaiting();
        return made == null ? 0 : made;
    }

    private int step(EscalationMatrix.Step step, Instant now) {
        String where;
        Instant cutoff;
        if (step.highRisk()) {
            where = "t.high_risk";
            cutoff = now;
        } else if (step.overdueBy() != null) {
            where = "t.due_at <= :cutoff";
            cutoff = now.minus(step.overdueBy());
        } else {
            // At least that many calendar days late; the working-day rule below decides exactly.
            where = "t.due_at <= :cutoff";
            cutoff = now.minusSeconds(86_400L * step.overdueByWorkingDays());
        }
        if (!step.kinds().isEmpty()) {
            where += " and t.kind = any(:kinds)";
        }
        List<Candidate> due = candidates(where, cutoff, step);
        int n = 0;
        for (Candidate c : due) {
            if (step.overdueByWorkingDays() != null && now.isBefore(workingDaysAfter(c.dueAt(), step.overdueByWorkingDays()))) {
                continue;
            }
            UUID escalation = record(c.id(), step.name(), now);
            if (escalation == null) {
                continue;
            }
            List<UUID> to = switch (step.to()) {
                case TEAM_MANAGER -> recipients.teamManagers(c.id());
                case SUPERVISOR -> recipients.supervisors(c.id());
                case SENIOR_MANAGER -> recipients.seniorManagers(c.id());
                case DIRECTOR, LEAD_MEMBER -> recipients.ofRole(c.id(), step.to().name());
            };
            String text = step.highRisk()
                    ? "High risk: " + c.subject() + ". Owner: " + c.owner() + ". Due " + dates.dateTime(c.dueAt()) + "."
                    : "Overdue: " + c.subject() + ". Owner: " + c.owner() + ". It was due " + dates.dateTime(c.dueAt()) + ".";
            String subject = step.highRisk() ? "Homeward: a high-risk task needs your oversight"
                    : "Homeward: a task is overdue";
            for (UUID person : to) {
                notifications.add(person, text, "/tasks/" + c.id(), subject, escalation, now);
            }
            n++;
        }
        return n;
    }

    record Prolonged(UUID episodeId, Instant lastSeenAt) {
    }

    /**
     * A child missing longer than the step's time, each episode once: told to the council responsible
     * for the child. The in-app text names no child; the Director follows the link to the episode, and
     * a Lead Member, who does not open children's records, is told in the notification log alone.
     */
    private int prolonged(EscalationMatrix.Step step, Instant now) {
        List<Prolonged> missing = jdbc.sql("""
                select e.id as episode_id, e.last_seen_at from episode e
                 where e.located_at is null and e.closed_at is null and e.last_seen_at <= :cutoff
                   and not exists (select 1 from escalation x where x.episode_id = e.id and x.step = :step)
                 order by e.last_seen_at limit :batch""")
                .param("cutoff", Timestamp.from(now.minus(step.missingLongerThan()))).param("step", step.name())
                .param("batch", BATCH).query(Prolonged.class).list();
        int n = 0;
        for (Prolonged p : missing) {
            UUID id = UUID.randomUUID();
            if (jdbc.sql("""
                    insert into escalation (id, episode_id, step, escalated_at) values (:id, :e, :s, :now)
                    on conflict (episode_id, step) where episode_id is not null do nothing""")
                    .param("id", id).param("e", p.episodeId()).param("s", step.name())
                    .param("now", Timestamp.from(now)).update() != 1) {
                continue;
            }
            String text = "Prolonged episode: a child has been missing for more than "
                    + hours(step.missingLongerThan()) + ", since " + dates.dateTime(p.lastSeenAt()) + ".";
            String link = step.to() == EscalationMatrix.To.LEAD_MEMBER ? "/notifications" : "/episodes/" + p.episodeId();
            for (UUID person : recipients.ofRoleForEpisode(p.episodeId(), step.to().name())) {
                notifications.add(person, text, link, "Homeward: a child has been missing a long time", id, now);
            }
            n++;
        }
        return n;
    }

    /** "72 hours", "7 days": how the matrix's time reads. */
    static String hours(java.time.Duration d) {
        long h = d.toHours();
        return h % 24 == 0 && h > 72 ? (h / 24) + " days" : h + (h == 1 ? " hour" : " hours");
    }

    private int handovers(Instant now) {
        List<Candidate> waiting = jdbc.sql(SELECT + """
                 where t.status = 'OPEN' and t.handed_over_at is not null and t.handover_acknowledged_at is null
                   and t.handed_over_at <= :cutoff order by t.handed_over_at limit :batch""")
                .param("cutoff", Timestamp.from(now.minus(matrix.handoverAcknowledgeWithin())))
                .param("batch", BATCH).query(Candidate.class).list();
        int n = 0;
        for (Candidate c : waiting) {
            // One escalation per handover: a task handed over again can escalate again.
            UUID escalation = record(c.id(), "handover-" + c.handedOverAt().toEpochMilli(), now);
            if (escalation == null) {
                continue;
            }
            for (UUID person : recipients.forHandover(c.id(), c.handedOverBy())) {
                notifications.add(person, "Handover not acknowledged: " + c.subject() + ". Handed to " + c.owner()
                                + " " + dates.dateTime(c.handedOverAt()) + ".", "/tasks/" + c.id(),
                        "Homeward: a handover has not been acknowledged", escalation, now);
            }
            n++;
        }
        return n;
    }

    private static final String SELECT = """
            select t.id, t.subject, t.due_at, ou.display_name as owner_name, tm.name as team_name, t.handed_over_by,
                   t.handed_over_at
              from task t left join user_account ou on ou.id = t.owner_id left join team tm on tm.id = t.owner_team_id
            """;

    private List<Candidate> candidates(String where, Instant cutoff, EscalationMatrix.Step step) {
        var spec = jdbc.sql(SELECT + " where t.status = 'OPEN' and " + where + """
                   and not exists (select 1 from escalation e where e.task_id = t.id and e.step = :step)
                 order by t.due_at limit :batch""").param("step", step.name()).param("batch", BATCH);
        if (where.contains(":cutoff")) {
            spec = spec.param("cutoff", Timestamp.from(cutoff));
        }
        if (where.contains(":kinds")) {
            spec = spec.param("kinds", step.kinds().toArray(String[]::new));
        }
        return spec.query(Candidate.class).list();
    }

    /** The escalation's id, or null when another run recorded it first. */
    private UUID record(UUID task, String step, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into escalation (id, task_id, step, escalated_at) values (:id, :t, :s, :now)
                on conflict (task_id, step) do nothing""")
                .param("id", id).param("t", task).param("s", step).param("now", Timestamp.from(now)).update();
        return inserted == 1 ? id : null;
    }

    /** The same time of day, that many working days after the day it was due (England and Wales). */
    static Instant workingDaysAfter(Instant dueAt, int days) {
        ZonedDateTime due = dueAt.atZone(ClockConfiguration.LONDON);
        LocalDate day = WorkingDays.plus(due.toLocalDate(), days);
        return due.with(day).toInstant();
    }
}
