package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Return home interviews held in the period that record the child's own words (DOMAIN.md RHI-06). */
@Component
class ReturnInterviewVoice implements ComplianceSource {

    private final JdbcClient jdbc;

    ReturnInterviewVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long held, long heard) {
        }
        Row r = jdbc.sql("""
                select count(*) as held, count(*) filter (where child_words is not null) as heard
                  from rhi_interview where held_at >= :start and held_at < :end""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Row.class).single();
        return List.of(Figure.rate(905, "The child’s voice", "Return home interviews with the child’s own words",
                r.heard(), r.held()));
    }
}
