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
 * How each placement's carers reported the episodes of a period (DOMAIN.md EP-13): late reports, episodes
 * never reported to the police, episodes recorded only after the child was back, and the median delay.
 * A delay in reporting is itself a concern (S88); counts by placement only, no child is named.
 */
@Component
public class CarerReporting {

    /** One placement provider's episodes in the period; {@code medianDelay} is null when none was reported. */
    public record Row(String provider, long episodes, long reportedLate, long notReported, long recordedAfter,
                      Duration medianDelay) {
    }

    private final JdbcClient jdbc;

    CarerReporting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Episodes missing from a placement, last seen on the London days {@code from} to {@code to}; "late" is
     * a report more than {@code late} after last seen. Only children the given authorities are responsible for
     * (every child when empty). Providers with most concerns first.
     */
    public List<Row> forPeriod(LocalDate from, LocalDate to, Duration late, Optional<Collection<UUID>> authorities) {
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select coalesce(a.name, p.provider_name) as provider, count(*) as episodes,
                       count(*) filter (where e.reported_to_police_at - e.last_seen_at > :late * interval '1 second') as reported_late,
                       count(*) filter (where e.reported_to_police_at is null) as not_reported,
                       count(*) filter (where e.retrospective) as recorded_after,
                       percentile_cont(0.5) within group (order by extract(epoch from e.reported_to_police_at - e.last_seen_at))
                           as median_seconds
                  from episode e
                  join placement p on p.id = e.placement_id
                  left join agency a on a.id = p.provider_agency_id
                 where e.last_seen_at >= :from and e.last_seen_at < :to""" + Authorities.condition(authorities) + "\n" + """
                 group by coalesce(a.name, p.provider_name)
                 order by count(*) filter (where e.reported_to_police_at is null
                                              or e.reported_to_police_at - e.last_seen_at > :late * interval '1 second'
                                              or e.retrospective) desc, count(*) desc, 1
                 limit 500""")
                .param("from", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("late", late.toSeconds());
        return Authorities.bind(statement, authorities).query((rs, n) -> {
                    double median = rs.getDouble("median_seconds");
                    return new Row(rs.getString("provider"), rs.getLong("episodes"), rs.getLong("reported_late"),
                            rs.getLong("not_reported"), rs.getLong("recorded_after"),
                            rs.wasNull() ? null : Duration.ofSeconds(Math.round(median)));
                }).list();
    }
}
