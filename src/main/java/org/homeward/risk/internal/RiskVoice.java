package org.homeward.risk.internal;

import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many screenings made in the period record the child's views in their words: a reason for not
 * obtaining them is recorded, but is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class RiskVoice extends SqlFigureSource {

    static final String AREA = "The child’s voice";

    RiskVoice(JdbcClient jdbc) {
        super(jdbc, """
                select 'risk.screenings-heard' as figure, (s.screened_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where s.child_views is not null) as count, count(*) as out_of
                  from risk_screening s join child c on c.id = s.child_id
                 where s.screened_at >= :start and s.screened_at < :end group by 2, 3
                union all
                select 'risk.exploitation-heard', (s.recorded_at at time zone 'Europe/London')::date, c.responsible_authority_id,
                       count(*) filter (where s.child_views is not null), count(*)
                  from exploitation_screening s join child c on c.id = s.child_id
                 where s.recorded_at >= :start and s.recorded_at < :end group by 2, 3""");
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("risk.screenings-heard", 900, AREA, "Council risk screenings with the child’s views"),
                Measure.rate("risk.exploitation-heard", 901, AREA, "Exploitation screenings with the child’s views"));
    }
}
