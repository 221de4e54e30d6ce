package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every deadline on the engine, on the compliance dashboard: met in time, overdue now, handovers, notifications. */
@Component
class OversightCompliance implements ComplianceSource {

    private static final String AREA = "All deadlines, handovers and notifications";

    private final JdbcClient jdbc;

    OversightCompliance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long due, long inTime, long overdueNow, long highRiskOverdueNow, long escalations, long handovers,
                   long handoversAcknowledged, long notifications, long notificationsAcknowledged) {
        }
        Row r = jdbc.sql("""
                select (select count(*) from task where status <> 'CANCELLED' and due_at >= :start and due_at < :end) as due,
                       (select count(*) from task where status = 'DONE' and due_at >= :start and due_at < :end
                                                    and closed_at <= due_at) as in_time,
                       (select count(*) from task where status = 'OPEN' and due_at < :now) as overdue_now,
                       (select count(*) from task where status = 'OPEN' and due_at < :now and high_risk) as high_risk_overdue_now,
                       (select count(*) from escalation where escalated_at >= :start and escalated_at < :end) as escalations,
                       (select count(*) from task where handed_over_at >= :start and handed_over_at < :end) as handovers,
                       (select count(*) from task where handed_over_at >= :start and handed_over_at < :end
                                                    and handover_acknowledged_at is not null) as handovers_acknowledged,
                       (select count(*) from notification where created_at >= :start and created_at < :end) as notifications,
                       (select count(*) from notification where created_at >= :start and created_at < :end
                                                            and acknowledged_at is not null) as notifications_acknowledged""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("now", Timestamp.from(now))
                .query(Row.class).single();
        return List.of(
                Figure.rate(10, AREA, "Deadlines met (due in the period)", r.inTime(), r.due()),
                Figure.count(11, AREA, "Tasks overdue now", r.overdueNow()),
                Figure.count(12, AREA, "High-risk tasks overdue now", r.highRiskOverdueNow()),
                Figure.count(13, AREA, "Escalations", r.escalations()),
                Figure.rate(14, AREA, "Handovers acknowledged", r.handoversAcknowledged(), r.handovers()),
                Figure.rate(15, AREA, "Notifications acknowledged", r.notificationsAcknowledged(), r.notifications()));
    }
}
