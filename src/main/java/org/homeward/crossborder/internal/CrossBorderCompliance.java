package org.homeward.crossborder.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cross-border notices on the compliance dashboard (OV-03 "notifications"): counts only, no child named. */
@Component
class CrossBorderCompliance extends SqlFigureSource {

    private static final String AREA = "Children placed across boundaries";

    private final Duration acknowledgeWithin;

    CrossBorderCompliance(JdbcClient jdbc,
                          @Value("${homeward.crossborder.acknowledge-within:PT24H}") Duration acknowledgeWithin) {
        super(jdbc, """
                select 'crossborder.acknowledged-in-time' as figure, (n.sent_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where n.acknowledged_at <= n.sent_at + cast(:within as interval)) as count,
                       count(*) as out_of
                  from crossborder_notice n join child c on c.id = n.child_id
                 where not n.by_hand and n.sent_at >= :start and n.sent_at < :end group by 2, 3
                union all
                select 'crossborder.findings-in-time', (x.findings_due_at at time zone 'Europe/London')::date,
                       c.responsible_authority_id, count(n.id) filter (where n.sent_at <= x.findings_due_at), count(*)
                  from crossborder_episode x join child c on c.id = x.child_id
                  left join crossborder_notice n on n.id = x.findings_notice_id
                 where x.findings_due_at >= :start and x.findings_due_at < :end group by 2, 3
                union all
                select 'crossborder.hosts-not-told-now', null, c.responsible_authority_id, count(*), 0
                  from crossborder_placement x join placement p on p.id = x.placement_id join child c on c.id = x.child_id
                 where x.notified_at is null and p.end_date is null group by 3
                union all
                select 'crossborder.responsibility-not-agreed-now', null, c.responsible_authority_id, count(*), 0
                  from crossborder_episode x join child c on c.id = x.child_id
                 where x.rhi_agreed_at is null group by 3""");
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("crossborder.acknowledged-in-time", 500, AREA, "Cross-border notices acknowledged in time"),
                Measure.rate("crossborder.findings-in-time", 501, AREA,
                        "Interview findings returned to the placing authority in time"),
                Measure.count("crossborder.hosts-not-told-now", 502, AREA,
                        "Out-of-area placements whose host area has not been told, now"),
                Measure.count("crossborder.responsibility-not-agreed-now", 503, AREA,
                        "Episodes with nobody agreed to hold the interview, now"));
    }

    @Override
    protected Map<String, ?> parameters() {
        return Map.of("within", acknowledgeWithin.getSeconds() + " seconds");
    }
}
