package org.homeward.rhi.internal;

import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Return home interviews held in the period that record the child's own words (DOMAIN.md RHI-06). */
@Component
class ReturnInterviewVoice extends SqlFigureSource {

    ReturnInterviewVoice(JdbcClient jdbc) {
        super(jdbc, """
                select 'rhi.interviews-heard' as figure, (i.held_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where i.child_words is not null) as count, count(*) as out_of
                  from rhi_interview i join rhi_offer o on o.id = i.offer_id join child c on c.id = o.child_id
                 where i.held_at >= :start and i.held_at < :end group by 2, 3""");
    }

    @Override
    public List<Measure> measures() {
        return List.of(Measure.rate("rhi.interviews-heard", 905, "The child’s voice",
                "Return home interviews with the child’s own words"));
    }
}
