package org.homeward.episode.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homeward.episode.ReturnInterviewStatus;

/**
 * Where an episode stands in its lifecycle (DOMAIN.md EP-01): Reported, risk assessed (search active), found
 * or returned, safe and well check, return interview offered, its outcome, follow-up, closed. The state is
 * worked out from the times the record holds, so it can never disagree with them; each step's time is
 * shown, or "Not yet", with the steps a person must still take.
 */
record EpisodeProgress(State state, List<Step> steps) {

    enum State {
        REPORTED("Reported"),
        ACTIVE("Risk assessed: search active"),
        LOCATED("Found or returned"),
        SAFE_AND_WELL("Safe and well check held"),
        RHI_OFFERED("Return interview offered"),
        FOLLOW_UP("Follow-up"),
        CLOSED("Closed");

        final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One of the times EP-01 requires; {@code at} null while it has not happened. */
    record Step(String label, Instant at, String detail) {

        public boolean done() {
            return at != null;
        }
    }

    static EpisodeProgress of(Episode episode, List<EpisodeRecords.Grading> gradings, List<EpisodeRecords.Check> checks,
                              ReturnInterviewStatus interview, EpisodeRecords.PoliceClosure policeClosure) {
        EpisodeRecords.Grading first = gradings.isEmpty() ? null : gradings.get(gradings.size() - 1);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Last seen", episode.lastSeenAt(), null));
        steps.add(new Step("Reported to police", episode.reportedToPoliceAt(), null));
        steps.add(new Step("Police risk graded", first == null ? null : first.gradedAt(),
                gradings.size() > 1 ? "Reviewed " + (gradings.size() - 1) + (gradings.size() == 2 ? " time" : " times") + " since" : null));
        steps.add(new Step("Children's social care told", episode.councilNotifiedAt(), null));
        steps.add(new Step("Found or returned", episode.locatedAt(), null));
        steps.add(new Step("Safe and well check", checks.isEmpty() ? null : checks.get(0).heldAt(), null));
        if (interview != null) {
            steps.add(new Step("Return interview offered", interview.offeredAt(), null));
            steps.add(new Step("Return interview outcome", interview.outcomeAt(),
                    interview.outcomeAt() == null ? null : interview.status()));
        }
        steps.add(new Step("Police investigation closed", policeClosure == null ? null : policeClosure.closedAt(), null));
        steps.add(new Step("Episode closed", episode.closedAt(), null));
        return new EpisodeProgress(state(episode, first != null, !checks.isEmpty(), interview), List.copyOf(steps));
    }

    private static State state(Episode episode, boolean graded, boolean checked, ReturnInterviewStatus interview) {
        if (!episode.open()) {
            return State.CLOSED;
        }
        if (!episode.located()) {
            return graded ? State.ACTIVE : State.REPORTED;
        }
        if (interview != null && !interview.open()) {
            return State.FOLLOW_UP;
        }
        if (interview != null && interview.offeredAt() != null) {
            return State.RHI_OFFERED;
        }
        return checked ? State.SAFE_AND_WELL : State.LOCATED;
    }
}
