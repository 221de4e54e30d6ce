package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Return home interviews held in the period that record the child's own words (DOMAIN.md RHI-06). */
@Component
class ReturnInterviewVoice implements FigureSource {

    private final JdbcClient jdbc;

    ReturnInterviewVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(Measure.rate("rhi.interviews-heard", 905, "The child’s voice",
                "Return home interviews with the child’s own words"));
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                select 'rhi.interviews-heard' as figure, (i.held_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where i.child_words is not null) as count, count(*) as out_of
                  from rhi_interview i join rhi_offer o on o.id = i.offer_id join child c on c.id = o.child_id
                 where i.held_at >= :start and i.held_at < :end group by 2, 3""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Count.class).list();
    }
}
