package org.homeward.signoff.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Management oversight on the compliance dashboard: sign-offs given in time, and overdue now. */
@Component
class SignOffCompliance implements ComplianceSource {

    private static final String AREA = "Management oversight";

    private final JdbcClient jdbc;

    SignOffCompliance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long due, long inTime, long highDue, long highInTime, long overdueNow) {
        }
        Row r = jdbc.sql("""
                select count(*) filter (where due_at >= :start and due_at < :end) as due,
                       count(*) filter (where due_at >= :start and due_at < :end and signed_at <= due_at) as in_time,
                       count(*) filter (where point = 'HIGH_RISK' and due_at >= :start and due_at < :end) as high_due,
                       count(*) filter (where point = 'HIGH_RISK' and due_at >= :start and due_at < :end
                                          and signed_at <= due_at) as high_in_time,
                       count(*) filter (where signed_at is null and due_at < :now) as overdue_now
                  from sign_off""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("now", Timestamp.from(now))
                .query(Row.class).single();
        return List.of(
                Figure.rate(400, AREA, "Sign-offs given by the due time", r.inTime(), r.due()),
                Figure.rate(401, AREA, "High-risk ratings signed off within 1 working day", r.highInTime(), r.highDue()),
                Figure.count(402, AREA, "Sign-offs overdue now", r.overdueNow()));
    }
}
