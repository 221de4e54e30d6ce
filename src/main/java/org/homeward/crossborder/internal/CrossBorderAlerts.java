package org.homeward.crossborder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.ChildAlerts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page says what is still owed across the border, each linking to where it is done: the
 * host area not told of the placement, who holds the interview not agreed, findings not returned.
 */
@Component
class CrossBorderAlerts implements ChildAlerts {

    private final JdbcClient jdbc;

    CrossBorderAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Alert> alertsFor(UUID childId) {
        List<Alert> alerts = new ArrayList<>();
        jdbc.sql("""
                select x.placement_id from crossborder_placement x join placement p on p.id = x.placement_id
                 where x.child_id = :c and x.notified_at is null and p.end_date is null""")
                .param("c", childId).query(UUID.class).list()
                .forEach(p -> alerts.add(new Alert("Host area not told of the out-of-area placement",
                        "/cross-border/placements/" + p + "/notify")));
        jdbc.sql("select episode_id from crossborder_episode where child_id = :c and rhi_agreed_at is null order by opened_at")
                .param("c", childId).query(UUID.class).list()
                .forEach(e -> alerts.add(new Alert("Who holds the return home interview is not agreed",
                        "/cross-border/episodes/" + e + "/return-interview")));
        jdbc.sql("""
                select episode_id from crossborder_episode
                 where child_id = :c and findings_due_at is not null and findings_notice_id is null order by findings_due_at""")
                .param("c", childId).query(UUID.class).list()
                .forEach(e -> alerts.add(new Alert("Return home interview findings not yet returned to the placing authority",
                        "/cross-border/episodes/" + e + "/findings")));
        return alerts;
    }
}
