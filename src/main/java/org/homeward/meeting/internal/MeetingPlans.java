package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.ChildPlans;
import org.homeward.child.CurrentRisksAndPlans;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * The child's missing risk-management plan is open while any of its interventions runs; the police
 * information pack carries each running intervention.
 */
@Component
class MeetingPlans implements ChildPlans, CurrentRisksAndPlans {

    private final Interventions interventions;
    private final Clock clock;

    MeetingPlans(Interventions interventions, Clock clock) {
        this.interventions = interventions;
        this.clock = clock;
    }

    @Override
    public Optional<Plan> openPlanFor(UUID childId) {
        List<Interventions.Intervention> open = interventions.forChild(childId).stream()
                .filter(i -> i.endedOn() == null).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        long overdue = open.stream().filter(i -> i.reviewOverdue(today)).count();
        return Optional.of(new Plan(open.size() + (open.size() == 1 ? " open intervention" : " open interventions")
                + (overdue == 0 ? "" : overdue == 1 ? ", 1 review overdue" : ", " + overdue + " reviews overdue"),
                "/children/" + childId + "/plan"));
    }

    /** The open interventions, so that officers searching for the child know what is already being done. */
    @Override
    public List<String> forPolicePack(UUID childId) {
        return interventions.forChild(childId).stream().filter(i -> i.endedOn() == null)
                .map(i -> "Missing risk-management plan: " + i.description() + " (responsible: " + i.responsibleName()
                        + "; since " + Dates.ofDay(i.startedOn()) + "; next review " + Dates.ofDay(i.nextReviewOn())
                        + ")").toList();
    }
}
