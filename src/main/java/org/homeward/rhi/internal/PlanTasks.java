package org.homeward.rhi.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChildAlerts;
import org.springframework.stereotype.Component;

/**
 * Interviews are used to shape plans (sources/000 found they were not): the child's page says so
 * until it is done (the plan owner's task is on the deadline engine).
 */
@Component
class PlanTasks implements ChildAlerts {

    private final FollowUps followUps;

    PlanTasks(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<Alert> alertsFor(UUID childId) {
        return followUps.latestOutstanding(childId).map(r -> List.of(new Alert(
                "Latest return home interview not reflected in plan", "/return-interviews/" + r.offerId() + "/plan")))
                .orElse(List.of());
    }
}
