package org.homeward.rhi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.child.ChildAlerts;
import org.homeward.home.WorkSource;
import org.springframework.stereotype.Component;

/**
 * Interviews are used to shape plans (sources/000 found they were not): the plan owner's task on
 * their home page, and the child's page saying so until it is done.
 */
@Component
class PlanTasks implements WorkSource, ChildAlerts {

    private final FollowUps followUps;

    PlanTasks(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        for (FollowUps.PlanReview r : followUps.outstandingFor(user.id())) {
            tasks.add(planTask(r));
        }
        if (user.has(Role.TEAM_MANAGER) || user.has(Role.SENIOR_MANAGER)) {
            for (FollowUps.PlanReview r : followUps.outstandingFor(null)) {
                tasks.add(new Task("Reflect return home interview findings in the plan (no allocated worker)",
                        r.childName(), r.dueOn(), "/return-interviews/" + r.offerId() + "/plan"));
            }
        }
        for (FollowUps.OwnedAction a : followUps.openActionsOwnedBy(user.id())) {
            tasks.add(new Task("Return interview follow-up: " + a.action(), a.childName(), a.dueOn(),
                    "/return-interviews/" + a.offerId()));
        }
        return tasks;
    }

    private static Task planTask(FollowUps.PlanReview r) {
        return new Task("Reflect return home interview findings in the plan", r.childName(), r.dueOn(),
                "/return-interviews/" + r.offerId() + "/plan");
    }

    @Override
    public List<Alert> alertsFor(UUID childId) {
        return followUps.latestOutstanding(childId).map(r -> List.of(new Alert(
                "Latest return home interview not reflected in plan", "/return-interviews/" + r.offerId() + "/plan")))
                .orElse(List.of());
    }
}
