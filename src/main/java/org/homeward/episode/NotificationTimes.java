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
     * are responsible for (every child when empty); those recorded after the event are left out.
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

    private record Row(long episodes, long reported, Double reportedMedian, long acknowledged, Double acknowledgedMedian,
                       long unacknowledged, long told, Double toldMedian, long toldAfterReport,
                       Double toldAfterReportMedian, long foundTold, Double foundToldMedian) {
    }

    private static Duration duration(Double seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(seconds));
    }
}
