package org.homeward.risk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many screenings made in the period record the child's views in their words: a reason for not
 * obtaining them is recorded, but is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class RiskVoice implements ComplianceSource {

    static final String AREA = "The child’s voice";

    private final JdbcClient jdbc;

    RiskVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long screenings, long screeningsHeard, long exploitation, long exploitationHeard) {
        }
        Instant start = from.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Row r = jdbc.sql("""
                select (select count(*) from risk_screening where screened_at >= :start and screened_at < :end) as screenings,
                       (select count(*) from risk_screening where screened_at >= :start and screened_at < :end
                                                           and child_views is not null) as screenings_heard,
                       (select count(*) from exploitation_screening
                         where recorded_at >= :start and recorded_at < :end) as exploitation,
                       (select count(*) from exploitation_screening where recorded_at >= :start and recorded_at < :end
                                                                   and child_views is not null) as exploitation_heard""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Row.class).single();
        return List.of(
                Figure.rate(900, AREA, "Council risk screenings with the child’s views", r.screeningsHeard(), r.screenings()),
                Figure.rate(901, AREA, "Exploitation screenings with the child’s views", r.exploitationHeard(),
                        r.exploitation()));
    }
}
