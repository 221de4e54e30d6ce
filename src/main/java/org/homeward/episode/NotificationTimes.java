package org.homeward.episode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long each agency took to learn of the episodes of a period (DOMAIN.md EP-03, IS-04): the carer
 * telling the police, the police telling the council, the council acknowledging. Medians, because a
 * handful of episodes reported days late would make an average meaningless. Counts only: no child is named.
 */
@Component
public class NotificationTimes {

    /** One step: how many episodes it can be measured for, and the median time it took (null when none). */
    public record Latency(String measure, long count, Duration median) {
    }

    /** The steps of the episodes last seen in the period, and how many new missing reports still wait. */
    public record Report(List<Latency> latencies, long episodes, long unacknowledged) {
    }

    private final JdbcClient jdbc;

    NotificationTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Episodes last seen on the London days {@code from} to {@code to}, inclusive, of children the given authorities
     * are responsible for (every child when empty); those recorded after the event are left out. Counted from the
     * records, exactly: the definition the report from {@link #fromCounts} is checked against.
     */
    public Report forPeriod(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities) {
        JdbcClient.StatementSpec statement = jdbc.sql("""
                with e as (
                    select e.last_seen_at, e.reported_to_police_at, e.located_at, m.sent_at, m.acknowledged_at,
                           least(m.sent_at, e.council_notified_at) as council_told_at, f.sent_at as found_sent_at
                      from episode e
                      left join lateral (select sent_at, acknowledged_at from police_message
                                          where episode_id = e.id and kind = 'MISSING_REPORT'
                                          order by sent_at, id limit 1) m on true
                      left join lateral (select sent_at from police_message
                                          where episode_id = e.id and kind = 'FOUND' order by sent_at, id limit 1) f on true
                     where e.last_seen_at >= :from and e.last_seen_at < :to and not e.retrospective""" + Authorities.condition(authorities) + """
                    )
                select count(*) as episodes,
                       count(reported_to_police_at) as reported,
                       percentile_cont(0.5) within group (order by extract(epoch from reported_to_police_at - last_seen_at)) as reported_median,
                       count(acknowledged_at) as acknowledged,
                       percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - sent_at)) as acknowledged_median,
                       count(*) filter (where sent_at is not null and acknowledged_at is null) as unacknowledged,
                       count(council_told_at) as told,
                       percentile_cont(0.5) within group (order by extract(epoch from council_told_at - last_seen_at)) as told_median,
                       count(council_told_at) filter (where reported_to_police_at is not null
                                                        and council_told_at >= reported_to_police_at) as told_after_report,
                       percentile_cont(0.5) within group (order by extract(epoch from council_told_at - reported_to_police_at))
                           filter (where council_told_at >= reported_to_police_at) as told_after_report_median,
                       count(found_sent_at) as found_told,
                       percentile_cont(0.5) within group (order by extract(epoch from found_sent_at - located_at)) as found_told_median
                  from e""")
                .param("from", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        Row r = Authorities.bind(statement, authorities).query(Row.class).single();
        return new Report(List.of(
                new Latency("Last seen to reported to the police (carer to police)", r.reported(), duration(r.reportedMedian())),
                new Latency("Last seen to the council told (police to council)", r.told(), duration(r.toldMedian())),
                new Latency("Reported to the police to the council told (police to council)", r.toldAfterReport(),
                        duration(r.toldAfterReportMedian())),
                new Latency("Police message sent to acknowledged by the council", r.acknowledged(),
                        duration(r.acknowledgedMedian())),
                new Latency("Found to the council told by the police", r.foundTold(), duration(r.foundToldMedian()))),
                r.episodes(), r.unacknowledged());
    }

    /** The steps, in the report's order, as {@link #byDay} names them. */
    private static final List<String> STEPS = List.of("reported", "told", "told-after-report", "acknowledged", "found-told");
    private static final List<String> STEP_WORDS = List.of("Last seen to reported to the police (carer to police)",
            "Last seen to the council told (police to council)",
            "Reported to the police to the council told (police to council)",
            "Police message sent to acknowledged by the council", "Found to the council told by the police");

    /**
     * How many episodes took each time at each step, per London day last seen and authority responsible for the
     * child: {@code step} is one of the report's steps (with {@code minutes} the time taken, to the nearest minute
     * below two hours, 5 minutes below a day, hour beyond), or {@code episodes} and {@code unacknowledged} (as now).
     * Medians do not add up across days; these counts do, and give the median of any period to within a bucket.
     */
    public record Timed(LocalDate day, UUID authority, String step, long minutes, long episodes) {
    }

    public List<Timed> byDay(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with e as (
                    select (e.last_seen_at at time zone 'Europe/London')::date as day, c.responsible_authority_id as authority,
                           e.last_seen_at, e.reported_to_police_at, e.located_at, m.sent_at, m.acknowledged_at,
                           least(m.sent_at, e.council_notified_at) as council_told_at, f.sent_at as found_sent_at
                      from episode e
                      join child c on c.id = e.child_id
                      left join lateral (select sent_at, acknowledged_at from police_message
                                          where episode_id = e.id and kind = 'MISSING_REPORT'
                                          order by sent_at, id limit 1) m on true
                      left join lateral (select sent_at from police_message
                                          where episode_id = e.id and kind = 'FOUND' order by sent_at, id limit 1) f on true
                     where e.last_seen_at >= :from and e.last_seen_at < :to and not e.retrospective),
                taken as (
                    select day, authority, 'reported' as step, reported_to_police_at - last_seen_at as took from e
                     where reported_to_police_at is not null
                    union all
                    select day, authority, 'told', council_told_at - last_seen_at from e where council_told_at is not null
                    union all
                    select day, authority, 'told-after-report', council_told_at - reported_to_police_at from e
                     where council_told_at >= reported_to_police_at
                    union all
                    select day, authority, 'acknowledged', acknowledged_at - sent_at from e where acknowledged_at is not null
                    union all
                    select day, authority, 'found-told', found_sent_at - located_at from e where found_sent_at is not null),
                minutes as (select day, authority, step, round(extract(epoch from took) / 60)::bigint as m from taken)
                select day, authority, step, case when m < 120 then m when m < 1440 then round(m / 5.0)::bigint * 5
                                                  else round(m / 60.0)::bigint * 60 end as minutes,
                       count(*) as episodes
                  from minutes group by 1, 2, 3, 4
                union all
                select day, authority, 'episodes', 0, count(*) from e group by 1, 2
                union all
                select day, authority, 'unacknowledged', 0, count(*) from e
                 where sent_at is not null and acknowledged_at is null group by 1, 2""")
                .param("from", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Timed.class).list();
    }

    /**
     * The report from counts added up over a period, keyed {@code step} or {@code step.minutes} as {@link #byDay}
     * gives them. The median of an even number is the mean of the middle two, as {@code percentile_cont} has it.
     */
    public static Report fromCounts(java.util.Map<String, Long> counts) {
        List<Latency> latencies = new java.util.ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            java.util.TreeMap<Long, Long> taken = new java.util.TreeMap<>();
            String prefix = STEPS.get(i) + ".";
            counts.forEach((key, n) -> {
                if (key.startsWith(prefix) && n > 0) {
                    taken.merge(Long.parseLong(key.substring(prefix.length())), n, Long::sum);
                }
            });
            long total = taken.values().stream().mapToLong(Long::longValue).sum();
            latencies.add(new Latency(STEP_WORDS.get(i), total, total == 0 ? null
                    : Duration.ofSeconds(Math.round(30.0 * (nth(taken, (total - 1) / 2) + nth(taken, total / 2))))));
        }
        return new Report(latencies, counts.getOrDefault("episodes", 0L), counts.getOrDefault("unacknowledged", 0L));
    }

    /** The {@code index}th smallest time taken, counting from nought. */
    private static long nth(java.util.TreeMap<Long, Long> taken, long index) {
        long seen = 0;
        for (java.util.Map.Entry<Long, Long> e : taken.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("beyond the counts");
    }

    private record Row(long episodes, long reported, Double reportedMedian, long acknowledged, Double acknowledgedMedian,
                       long unacknowledged, long told, Double toldMedian, long toldAfterReport,
                       Double toldAfterReportMedian, long foundTold, Double foundToldMedian) {
    }

    private static Duration duration(Double seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(seconds));
    }
}
