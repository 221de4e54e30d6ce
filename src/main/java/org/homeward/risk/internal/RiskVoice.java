package org.homeward.risk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many screenings made in the period record the child's views in their words: a reason for not
 * obtaining them is recorded, but is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class RiskVoice implements FigureSource {

    static final String AREA = "The child’s voice";

    private final JdbcClient jdbc;

    RiskVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("risk.screenings-heard", 900, AREA, "Council risk screenings with the child’s views"),
                Measure.rate("risk.exploitation-heard", 901, AREA, "Exploitation screenings with the child’s views"));
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                select 'risk.screenings-heard' as figure, (s.screened_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where s.child_views is not null) as count, count(*) as out_of
                  from risk_screening s join child c on c.id = s.child_id
                 where s.screened_at >= :start and s.screened_at < :end group by 2, 3
                union all
                select 'risk.exploitation-heard', (s.recorded_at at time zone 'Europe/London')::date, c.responsible_authority_id,
                       count(*) filter (where s.child_views is not null), count(*)
                  from exploitation_screening s join child c on c.id = s.child_id
                 where s.recorded_at >= :start and s.recorded_at < :end group by 2, 3""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Count.class).list();
    }
}
