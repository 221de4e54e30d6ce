package org.homeward.insight.internal.impact;

import org.homeward.insight.internal.PartnershipFigures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.Plans;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Whether what the partnership does works, from insight's read model and the plans' interventions: missing before
 * and after each intervention, how soon return interviews and safe and well checks follow a return, how quickly
 * each agency is told, and how soon children go missing again. Exact figures: suppression is for the page.
 */
@Component
class ImpactFigures {

    /** The longest stretch compared either side of an intervention's start. */
    static final int MATCHED_DAYS = 90;
    /** How long after a return the risk of going missing again is followed. */
    static final int FOLLOWED_WEEKS = 26;

    /** The code an intervention recorded before its kind was asked for is grouped under. */
    static final String NOT_RECORDED = "NOT_RECORDED";

    /**
     * One intervention whose matched periods have both passed: {@code days} either side of {@code startedOn},
     * with the child's episodes (by the day last seen) and hours missing in each.
     */
    record Compared(UUID id, UUID childId, String kind, LocalDate startedOn, int days, long episodesBefore,
                    double hoursBefore, long episodesAfter, double hoursAfter) {
    }

    /** The interventions begun in the period: those compared, and how many are too recent to compare yet. */
    record Interventions(List<Compared> compared, long tooRecent) {
    }

    /** Return interviews for one group of returns. */
    record Interviews(String group, long returns, long offered, long accepted, long declined, long held,
                      long heldWithin72Hours) {
    }

    /** Safe and well checks after the period's returns; {@code medianSeconds} null when none was recorded. */
    record SafeAndWell(long returns, long checked, Long medianSeconds, long within24Hours, long within72Hours) {
    }

    /** One step of telling: how many could be measured, their median, and how many were never recorded. */
    record Telling(long measured, Long medianSeconds, long notRecorded) {
    }

    /** Each agency told in turn, for the episodes that began in the period. */
    record Notifications(Telling policeToCouncil, long outOfArea, Telling councilToPlacing, Telling lastSeenToPlacing) {
    }

    /** Returns whose follow-up ended at {@code seconds} after the return, with the child missing again or not. */
    record Followed(String cohort, long seconds, boolean missingAgain, long returns) {
    }

    private final JdbcClient jdbc;

    ImpactFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's parameters: London days, their bounds as instants, the councils shown and, scoped, their ids. */
    Map<String, Object> params(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, Instant now) {
        Plans.forTheseValues(jdbc);
        Collection<UUID> councils = authorities.orElseGet(() -> jdbc.sql(
                "select id from agency where kind = 'LOCAL_AUTHORITY'").query(UUID.class).list());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("startsAt", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        params.put("endsAt", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        params.put("now", Timestamp.from(now));
        params.put("today", Date.valueOf(LocalDate.ofInstant(now, ClockConfiguration.LONDON)));
        params.put("councils", new SqlArrayValue("uuid", councils.toArray()));
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        return params;
    }

    private static String scope(Map<String, Object> params) {
        return params.containsKey("ids") ? "(authority_id = any(:ids) or host_authority_id = any(:ids))" : "true";
    }

    /**
     * Interventions begun in the period in the plans of the children shown (the council's own, and those placed in
     * its area when the intervention began), each compared over the same number of days before and after its start:
     * {@value #MATCHED_DAYS}, or the days it ran if it ended sooner. Only those whose days after have all passed are
     * compared; an episode still open counts its hours to now.
     */
    Interventions interventions(Map<String, Object> params) {
        String childShown = params.containsKey("ids") ? """
                (c.responsible_authority_id = any(:ids)
                 or exists (select 1 from placement p where p.child_id = c.id and p.host_authority_id = any(:ids)
                              and p.start_date <= i.started_on and (p.end_date is null or p.end_date >= i.started_on)))"""
                : "true";
        String begun = """
                select i.id, i.child_id, coalesce(i.kind, '%s') as kind, i.started_on,
                       case when i.ended_on is null then %d else least(%d, i.ended_on - i.started_on + 1) end as days
                  from intervention i join child c on c.id = i.child_id
                 where i.started_on between :from and :to and %s""".formatted(NOT_RECORDED, MATCHED_DAYS, MATCHED_DAYS,
                childShown);
        List<Compared> compared = jdbc.sql("""
                with begun as (%s)
                select b.id, b.child_id, b.kind, b.started_on, b.days,
                       count(e.episode_id) filter (where e.start_day < b.started_on) as episodes_before,
                       coalesce(sum(extract(epoch from coalesce(e.ended_at, :now) - e.started_at) / 3600)
                                    filter (where e.start_day < b.started_on), 0) as hours_before,
                       count(e.episode_id) filter (where e.start_day >= b.started_on) as episodes_after,
                       coalesce(sum(extract(epoch from coalesce(e.ended_at, :now) - e.started_at) / 3600)
                                    filter (where e.start_day >= b.started_on), 0) as hours_after
                  from begun b
                  left join insight_episode e on e.child_id = b.child_id
                        and e.start_day >= b.started_on - b.days and e.start_day < b.started_on + b.days
                 where b.started_on + b.days <= :today
                 group by b.id, b.child_id, b.kind, b.started_on, b.days
                 order by b.started_on, b.id""".formatted(begun))
                .params(params).query(Compared.class).list();
        long tooRecent = jdbc.sql("with begun as (%s) select count(*) from begun where started_on + days > :today"
                        .formatted(begun))
                .params(params).query(Long.class).single();
        return new Interventions(compared, tooRecent);
    }

    /** The groups return interviews are counted by. */
    enum InterviewGroup {
        PROVIDER("coalesce(provider_agency_id::text, '')"),
        INDEPENDENCE(PartnershipFigures.INDEPENDENCE_GROUP),
        COHORT(PartnershipFigures.COHORT);

        private final String expression;

        InterviewGroup(String expression) {
            this.expression = expression;
        }
    }

    /**
     * Return interviews after the returns in the period (SR-02): offered, accepted, declined, held, and held within
     * 72 hours of the return, a held time exactly 72 hours after it counting as within.
     */
    List<Interviews> interviews(Map<String, Object> params, InterviewGroup group) {
        return jdbc.sql("""
                select %s as grp, count(*) as returns,
                       count(*) filter (where offered) as offered,
                       count(*) filter (where offered and offer_outcome = 'ACCEPTED') as accepted,
                       count(*) filter (where offered and offer_outcome = 'DECLINED') as declined,
                       count(*) filter (where offered and interview_held_at is not null) as held,
                       count(*) filter (where offered and interview_held_at <= returned_at + interval '72 hours')
                           as held_within72_hours
                  from insight_episode
                 where ended_at >= :startsAt and ended_at < :endsAt and %s
                 group by 1 order by 1""".formatted(group.expression, scope(params)))
                .params(params)
                .query((rs, n) -> new Interviews(rs.getString("grp"), rs.getLong("returns"), rs.getLong("offered"),
                        rs.getLong("accepted"), rs.getLong("declined"), rs.getLong("held"),
                        rs.getLong("held_within72_hours")))
                .list();
    }

    /** The names of the agencies given, by id. */
    Map<String, String> agencyNames(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        List<UUID> known = ids.stream().filter(id -> !id.isEmpty()).map(UUID::fromString).toList();
        if (!known.isEmpty()) {
            jdbc.sql("select id::text as id, name from agency where id = any(:ids)")
                    .param("ids", new SqlArrayValue("uuid", known.toArray()))
                    .query((rs, n) -> Map.entry(rs.getString("id"), rs.getString("name")))
                    .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** The first safe and well check after each of the period's returns; one held before the return counts as at once. */
    SafeAndWell safeAndWell(Map<String, Object> params) {
        return jdbc.sql("""
                select count(*) as returns, count(safe_and_well_at) as checked,
                       percentile_disc(0.5) within group (order by greatest(0, extract(epoch from safe_and_well_at - ended_at)))
                           filter (where safe_and_well_at is not null)::bigint as median_seconds,
                       count(*) filter (where safe_and_well_at <= ended_at + interval '24 hours') as within24_hours,
                       count(*) filter (where safe_and_well_at <= ended_at + interval '72 hours') as within72_hours
                  from insight_episode
                 where ended_at >= :startsAt and ended_at < :endsAt and %s""".formatted(scope(params)))
                .params(params).query(SafeAndWell.class).single();
    }

    /**
     * For the episodes that began in the period: reported to the police to the council told; and for children placed
     * out of their council's area, the council told to the placing authority sent the notice that the child is
     * missing, and the child last seen to that notice.
     */
    Notifications notifications(Map<String, Object> params) {
        String period = "start_day between :from and :to and " + scope(params);
        Telling police = jdbc.sql("""
                select count(*) filter (where council_notified_at is not null) as measured,
                       percentile_disc(0.5) within group (order by greatest(0, extract(epoch from council_notified_at - police_reported_at)))
                           filter (where council_notified_at is not null)::bigint as median_seconds,
                       count(*) filter (where council_notified_at is null) as not_recorded
                  from insight_episode where police_reported_at is not null and %s""".formatted(period))
                .params(params).query(Telling.class).single();
        String outOfArea = """
                select e.started_at, e.council_notified_at,
                       (select min(n.sent_at) from crossborder_notice n where n.episode_id = e.episode_id
                           and n.kind = 'MISSING' and n.recipient = 'PLACING_AUTHORITY') as placing_told_at
                  from insight_episode e
                 where e.placed and e.placing_authority_id <> e.host_authority_id and %s""".formatted(period);
        Telling council = jdbc.sql("""
                select count(*) filter (where placing_told_at is not null and council_notified_at is not null) as measured,
                       percentile_disc(0.5) within group (order by greatest(0, extract(epoch from placing_told_at - council_notified_at)))
                           filter (where placing_told_at is not null and council_notified_at is not null)::bigint as median_seconds,
                       count(*) filter (where placing_told_at is null) as not_recorded
                  from (%s) x""".formatted(outOfArea))
                .params(params).query(Telling.class).single();
        Telling lastSeen = jdbc.sql("""
                select count(placing_told_at) as measured,
                       percentile_disc(0.5) within group (order by greatest(0, extract(epoch from placing_told_at - started_at)))
                           filter (where placing_told_at is not null)::bigint as median_seconds,
                       count(*) filter (where placing_told_at is null) as not_recorded
                  from (%s) x""".formatted(outOfArea))
                .params(params).query(Telling.class).single();
        long episodes = jdbc.sql("select count(*) from (%s) x".formatted(outOfArea)).params(params).query(Long.class)
                .single();
        return new Notifications(police, episodes, council, lastSeen);
    }

    /**
     * Each return in the period (up to now), followed until the child's next episode began, or censored at now or
     * {@value #FOLLOWED_WEEKS} weeks after it, whichever came first; grouped by cohort, time and outcome.
     */
    List<Followed> followed(Map<String, Object> params) {
        List<Followed> all = new ArrayList<>();
        jdbc.sql("""
                select cohort, extract(epoch from ends_at - ended_at)::bigint as seconds, missing_again, count(*) as returns
                  from (select %s as cohort, r.ended_at, nx.next_at is not null and nx.next_at <= c.censor_at as missing_again,
                               case when nx.next_at is not null and nx.next_at <= c.censor_at then nx.next_at
                                    else c.censor_at end as ends_at
                          from insight_episode r
                          cross join lateral (select least(:now::timestamptz, r.ended_at + interval '%d weeks') as censor_at) c
                          left join lateral (select min(x.started_at) as next_at from insight_episode x
                                              where x.child_id = r.child_id and x.started_at >= r.ended_at) nx on true
                         where r.ended_at >= :startsAt and r.ended_at < :endsAt and r.ended_at <= :now and %s) f
                 group by 1, 2, 3 order by 1, 2""".formatted(PartnershipFigures.COHORT, FOLLOWED_WEEKS, scope(params)))
                .params(params)
                .query((rs, n) -> new Followed(rs.getString("cohort"), rs.getLong("seconds"),
                        rs.getBoolean("missing_again"), rs.getLong("returns")))
                .list().forEach(all::add);
        return all;
    }
}
