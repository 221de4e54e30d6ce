package org.homeward.rhi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.homeward.rhi.ReturnInterviewMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Return home interviews on the compliance dashboard: offered and held within 72 hours, findings into plans.
 * The counts also carry every return interview measure by cohort ({@link ReturnInterviewMeasures}), which the
 * measures page reads from the summaries.
 */
@Component
class ReturnInterviewCompliance extends SqlFigureSource {

    private static final String AREA = "Return home interviews";

    private final OfferMeasures measures;

    ReturnInterviewCompliance(OfferMeasures measures, JdbcClient jdbc) {
        super(jdbc, """
                select 'rhi.plans-in-time' as figure, r.due_on as day, c.responsible_authority_id as authority,
                       count(*) filter (where (r.reflected_at at time zone 'Europe/London')::date <= r.due_on) as count,
                       count(*) as out_of
                  from rhi_plan_review r join child c on c.id = r.child_id
                 where r.due_on between :from and :to group by 2, 3
                union all
                select 'rhi.plans-overdue-now', null, c.responsible_authority_id, count(*), 0
                  from rhi_plan_review r join child c on c.id = r.child_id
                 where r.reflected_at is null and r.due_on < :today group by 3""");
        this.measures = measures;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.count("rhi.returns", 100, AREA, "Children returned (each episode)"),
                Measure.rate("rhi.offered-within-72-hours", 101, AREA, "Offered within 72 hours"),
                Measure.rate("rhi.held-within-72-hours", 102, AREA, "Held within 72 hours"),
                Measure.rate("rhi.held", 103, AREA, "Held at all"),
                Measure.rate("rhi.plans-in-time", 104, AREA, "Findings reflected in the plan by the due date"),
                Measure.count("rhi.plans-overdue-now", 105, AREA, "Findings not yet in the plan and overdue now"));
    }

    /** The offers' measures by day and cohort, then the plans' counts from the query. */
    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        List<Count> counts = new ArrayList<>();
        for (OfferMeasures.DayMeasures d : measures.byDay(from, to)) {
            ReturnInterviewMeasures.Measures m = d.measures();
            counts.addAll(d.counts());
            counts.add(new Count("rhi.returns", d.day(), d.authority(), m.returns(), 0));
            counts.add(new Count("rhi.offered-within-72-hours", d.day(), d.authority(), m.offeredWithin72Hours(), m.returns()));
            counts.add(new Count("rhi.held-within-72-hours", d.day(), d.authority(), m.heldWithin72Hours(), m.returns()));
            counts.add(new Count("rhi.held", d.day(), d.authority(), m.held(), m.returns()));
        }
        counts.addAll(super.counts(from, to, now));
        return counts;
    }
}
