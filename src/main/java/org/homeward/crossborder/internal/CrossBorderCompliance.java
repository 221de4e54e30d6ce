package org.homeward.crossborder.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cross-border notices on the compliance dashboard (OV-03 "notifications"): counts only, no child named. */
@Component
class CrossBorderCompliance implements ComplianceSource {

    private static final String AREA = "Children placed across boundaries";

    private final JdbcClient jdbc;
    private final Duration acknowledgeWithin;

    CrossBorderCompliance(JdbcClient jdbc,
                          @Value("${homeward.crossborder.acknowledge-within:PT24H}") Duration acknowledgeWithin) {
        this.jdbc = jdbc;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long sent, long acknowledgedInTime, long findingsDue, long findingsInTime, long hostsNotTold,
                   long responsibilityNotAgreed) {
        }
        Row r = jdbc.sql("""
                select (select count(*) from crossborder_notice where not by_hand and sent_at >= :start and sent_at < :end) as sent,
                       (select count(*) from crossborder_notice where not by_hand and sent_at >= :start and sent_at < :end
                           and acknowledged_at <= sent_at + cast(:within as interval)) as acknowledged_in_time,
                       (select count(*) from crossborder_episode where findings_due_at >= :start and findings_due_at < :end) as findings_due,
                       (select count(*) from crossborder_episode x join crossborder_notice n on n.id = x.findings_notice_id
                         where x.findings_due_at >= :start and x.findings_due_at < :end and n.sent_at <= x.findings_due_at) as findings_in_time,
                       (select count(*) from crossborder_placement x join placement p on p.id = x.placement_id
                         where x.notified_at is null and p.end_date is null) as hosts_not_told,
                       (select count(*) from crossborder_episode where rhi_agreed_at is null) as responsibility_not_agreed""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("within", acknowledgeWithin.getSeconds() + " seconds")
                .query(Row.class).single();
        return List.of(
                Figure.rate(500, AREA, "Cross-border notices acknowledged in time", r.acknowledgedInTime(), r.sent()),
                Figure.rate(501, AREA, "Interview findings returned to the placing authority in time", r.findingsInTime(),
                        r.findingsDue()),
                Figure.count(502, AREA, "Out-of-area placements whose host area has not been told, now", r.hostsNotTold()),
                Figure.count(503, AREA, "Episodes with nobody agreed to hold the interview, now", r.responsibilityNotAgreed()));
    }
}
