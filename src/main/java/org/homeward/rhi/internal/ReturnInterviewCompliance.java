package org.homeward.rhi.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Return home interviews on the compliance dashboard: offered and held within 72 hours, findings into plans. */
@Component
class ReturnInterviewCompliance implements ComplianceSource {

    private static final String AREA = "Return home interviews";

    private final OfferMeasures measures;
    private final JdbcClient jdbc;

    ReturnInterviewCompliance(OfferMeasures measures, JdbcClient jdbc) {
        this.measures = measures;
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        OfferMeasures.Measures m = measures.measure(from, to, OfferMeasures.Cohort.ALL);
        record Plans(long due, long inTime, long overdueNow) {
        }
        Plans plans = jdbc.sql("""
                select count(*) filter (where due_on between :from and :to) as due,
                       count(*) filter (where due_on between :from and :to
                                          and (reflected_at at time zone 'Europe/London')::date <= due_on) as in_time,
                       count(*) filter (where reflected_at is null and due_on < (:now at time zone 'Europe/London')::date)
                           as overdue_now
                  from rhi_plan_review""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("now", Timestamp.from(now))
                .query(Plans.class).single();
        return List.of(
                Figure.count(100, AREA, "Children returned (each episode)", m.returns()),
                Figure.rate(101, AREA, "Offered within 72 hours", m.offeredWithin72Hours(), m.returns()),
                Figure.rate(102, AREA, "Held within 72 hours", m.heldWithin72Hours(), m.returns()),
                Figure.rate(103, AREA, "Held at all", m.held(), m.returns()),
                Figure.rate(104, AREA, "Findings reflected in the plan by the due date", plans.inTime(), plans.due()),
                Figure.count(105, AREA, "Findings not yet in the plan and overdue now", plans.overdueNow()));
    }
}
