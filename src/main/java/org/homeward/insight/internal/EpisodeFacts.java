package org.homeward.insight.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code insight_episode}, insight's one row per episode (ADR 0029), as the compliance figures are kept
 * (ADR 0027): every few minutes the episodes that can still change (begun or returned in the last 35 days, when
 * interviews, checks and gradings are recorded, or still open) are counted again; each night all are, and all are
 * whenever the partnership changes its repeat window. The whole partnership's summaries (ADR 0033, 0037) change
 * in the same transaction. One instance counts at a time; another that finds the lock taken skips its turn.
 */
@Component
public class EpisodeFacts {

    private static final Logger log = LoggerFactory.getLogger(EpisodeFacts.class);
    private static final long LOCK = 0x494e534947485431L;

    /** Every column, from the episode and what other modules recorded about it. */
    private static final String FACTS = """
            insert into insight_episode (episode_id, child_id, authority_id, placing_authority_id, host_authority_id,
                started_at, start_day, start_hour, start_dow, ended_at, category, missing_from, classification,
                risk_level, highest_risk, age, sex, ethnicity, disabled, legal_status, placement_type, placed,
                return_method, located_where, harm_found, exploitation, screened, offered, offer_outcome,
                interview_held_at, returned_at, provider_agency_id, independent, safe_and_well_at, police_reported_at,
                council_notified_at, in_window, offer_id, interviewed, last_seen_place, last_seen_key, found_key,
                counted_at)
            select e.id, e.child_id, c.responsible_authority_id, p.placing_authority_id, p.host_authority_id,
                   e.last_seen_at, l.day, l.hour, l.dow, e.located_at, e.category, e.missing_from, g.classification,
                   g.risk_level, hr.risk_level,
                   extract(year from age(l.day, c.date_of_birth))::smallint, c.sex, c.ethnicity,
                   coalesce(btrim(c.disability), '') <> '', c.legal_status, p.placement_type, p.id is not null,
                   e.return_method, e.located_where,
                   coalesce(btrim(e.harm_while_missing), '') <> ''
                     or exists (select 1 from safe_and_well_check s where s.episode_id = e.id
                                  and (s.significant_harm or coalesce(btrim(s.harm), '') <> ''))
                     or coalesce(i.significant_harm, false)
                     or exists (select 1 from rhi_factor f where f.offer_id = coalesce(o.covered_by, o.id)
                                  and f.vocabulary = 'rhi-harm' and f.code <> 'NO_HARM'),
                   coalesce(i.exploitation, false),
                   exists (select 1 from exploitation_screening x where x.child_id = e.child_id
                             and x.assessed_on between l.day and l.day + 28),
                   o.id is not null and o.not_offered_reason is null, o.outcome, o.interview_held_at, o.returned_at,
                   o.provider_agency_id, i.independent,
                   (select min(s.held_at) from safe_and_well_check s where s.episode_id = e.id),
                   e.reported_to_police_at, e.council_notified_at,
                   (select count(*) from episode w where w.child_id = e.child_id and w.last_seen_at <= e.last_seen_at
                       and w.last_seen_at > (e.last_seen_at at time zone 'Europe/London'
                                             - make_interval(months => :months)) at time zone 'Europe/London'),
                   o.id, coalesce(i.offer_id = o.id, false),
                   -- Matched as places are: a location keeps the first 200 characters (EpisodeService.place).
                   e.last_seen_place, location_match_key(left(btrim(e.last_seen_place), 200), null),
                   case when btrim(coalesce(e.located_where, '')) <> ''
                        then location_match_key(left(btrim(e.located_where), 200), null) end,
                   :now
              from episode e
              join child c on c.id = e.child_id
              cross join lateral (select (e.last_seen_at at time zone 'Europe/London')::date as day,
                                         extract(hour from e.last_seen_at at time zone 'Europe/London')::smallint as hour,
                                         extract(isodow from e.last_seen_at at time zone 'Europe/London')::smallint as dow) l
              left join placement p on p.id = e.placement_id
              left join lateral (select classification, risk_level from episode_grading
                                  where episode_id = e.id order by graded_at desc limit 1) g on true
              left join lateral (select risk_level from episode_grading where episode_id = e.id
                                  order by case risk_level when 'HIGH' then 4 when 'MEDIUM' then 3 when 'LOW' then 2
                                                when 'VERY_LOW' then 1 else 0 end desc limit 1) hr on true
              left join rhi_offer o on o.episode_id = e.id
              left join rhi_interview i on i.offer_id = coalesce(o.covered_by, o.id)
            """;

    /** The episodes that can still change: begun or returned recently, or not yet returned; each read by its index. */
    private static final String RECENT = """
            select id from episode where last_seen_at >= :since union select id from episode where located_at >= :since
            union select id from episode where located_at is null""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Settings settings;
    private final Clock clock;
    private final MonthlySummaries summaries;
    private final PeriodSummaries periodSummaries;
    private final ApplicationEventPublisher events;
    private final int recentDays;

    EpisodeFacts(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Settings settings, Clock clock,
                 MonthlySummaries summaries, PeriodSummaries periodSummaries, ApplicationEventPublisher events,
                 @Value("${homeward.insight.recent-days:35}") int recentDays) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
        this.summaries = summaries;
        this.periodSummaries = periodSummaries;
        this.events = events;
        this.recentDays = recentDays;
    }

    /** The episodes were counted ({@code full}: all of them), and what was counted from them is in place. */
    public record Counted(Instant at, boolean full) {
    }

    /** When the episodes were last counted, or empty before the first count. */
    public Optional<Instant> asAt() {
        return jdbc.sql("select refreshed_at from insight_refresh where id = 1").query(Instant.class).optional();
    }

    /** Counts the episodes that can still change, or all of them when none have been counted with today's window. */
    public void refreshRecent() {
        int months = settings.number(Setting.INSIGHT_REPEAT_MONTHS);
        boolean current = jdbc.sql("select full_pass_at is not null and repeat_months = :m from insight_refresh where id = 1")
                .param("m", months).query(Boolean.class).optional().orElse(false);
        if (!current) {
            refreshAll();
            return;
        }
        LocalDate since = LocalDate.now(clock.withZone(ClockConfiguration.LONDON)).minusDays(recentDays - 1L);
        Instant sinceInstant = since.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        count(false, months, sinceInstant);
    }

    /** Counts every episode again. */
    public void refreshAll() {
        // Deleted rather than truncated: pages read the last count while this one runs.
        count(true, settings.number(Setting.INSIGHT_REPEAT_MONTHS), null);
    }

    private void count(boolean full, int months, Instant since) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        Boolean counted = tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                    .query(Boolean.class).single())) {
                return false;
            }
            // Every episode at national scale takes minutes: longer than a page's statement may run, and longer
            // than the driver waits on a silent socket (the pool restores that when the connection returns).
            jdbc.sql("set local statement_timeout = 0").update();
            try {
                DataSourceUtils.getConnection(dataSource).setNetworkTimeout(Runnable::run, 0);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            summaries.counting();
            if (full) {
                jdbc.sql("delete from insight_episode").update();
                // In the order periods are read, so that a period's rows lie together on disk.
                jdbc.sql(FACTS + " order by e.last_seen_at").param("months", months).param("now", Timestamp.from(now))
                        .update();
                jdbc.sql("analyze insight_episode").update();
                summaries.rebuild();
                periodSummaries.rebuildAll();
            } else {
                // The same episodes are taken away and counted again, whatever is recorded meanwhile.
                jdbc.sql("create temporary table recounted_episode on commit drop as select id as episode_id from ("
                        + RECENT + ") r").param("since", Timestamp.from(since)).update();
                jdbc.sql("analyze recounted_episode").update();
                summaries.beforeRecount("recounted_episode");
                periodSummaries.beforeRecount("recounted_episode");
                jdbc.sql("delete from insight_episode where episode_id in (select episode_id from recounted_episode)")
                        .update();
                jdbc.sql(FACTS + " where e.id in (select episode_id from recounted_episode)").param("months", months)
                        .param("now", Timestamp.from(now)).update();
                summaries.afterRecount("recounted_episode");
                periodSummaries.afterRecount("recounted_episode");
                List<LocalDate> stale = jdbc.sql("select month from insight_stale_month").query(LocalDate.class).list();
                summaries.rebuildStale();
                periodSummaries.rebuildMonths(stale);
            }
            jdbc.sql("""
                    insert into insight_refresh (id, refreshed_at, full_pass_at, repeat_months) values (1, :now, :full, :m)
                    on conflict (id) do update set refreshed_at = excluded.refreshed_at, repeat_months = excluded.repeat_months,
                        full_pass_at = coalesce(excluded.full_pass_at, insight_refresh.full_pass_at)""")
                    .param("now", Timestamp.from(now)).param("full", full ? Timestamp.from(now) : null)
                    .param("m", months).update();
            return true;
        });
        if (Boolean.TRUE.equals(counted)) {
            events.publishEvent(new Counted(now, full));
            log.info("Counted insight's episodes ({}) in {} ms", full ? "all" : "recent",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
