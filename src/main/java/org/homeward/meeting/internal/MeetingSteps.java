package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.homeward.meeting.MeetingTimeliness;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** The timed steps of a child's meetings and plans, judged by the due days the module already sets. */
@Component
class MeetingSteps implements MeetingTimeliness {

    private final Discussions discussions;
    private final MeetingRecords records;

    MeetingSteps(Discussions discussions, MeetingRecords records) {
        this.discussions = discussions;
        this.records = records;
    }

    @Override
    public List<Step> forChild(UUID childId, Instant now) {
        LocalDate today = day(now);
        List<Step> steps = new ArrayList<>();
        for (StrategyDiscussion d : discussions.forChild(childId)) {
            steps.add(step(Kind.STRATEGY_DISCUSSION, d.raisedAt(), d.dueOn(), d.heldAt(), today));
        }
        for (TriggerPlanDecision p : discussions.planDecisions(childId)) {
            steps.add(step(Kind.TRIGGER_PLAN, p.decidedAt(), p.dueOn(), p.onFileAt(), today));
        }
        List<MeetingRecords.Meeting> meetings = records.forChild(childId).stream()
                .sorted(Comparator.comparing(MeetingRecords.Meeting::heldAt)).toList();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingRecords.Meeting m = meetings.get(i);
            Instant next = i + 1 < meetings.size() ? meetings.get(i + 1).heldAt() : null;
            steps.add(step(Kind.MEETING_REVIEW, m.heldAt(), m.reviewOn(), next, today));
        }
        steps.sort(Comparator.comparing(Step::from));
        return steps;
    }

    static Step step(Kind kind, Instant from, LocalDate dueOn, Instant doneAt, LocalDate today) {
        Verdict verdict = doneAt != null ? (day(doneAt).isAfter(dueOn) ? Verdict.LATE : Verdict.ON_TIME)
                : today.isAfter(dueOn) ? Verdict.OVERDUE : Verdict.NOT_YET_DUE;
        return new Step(kind, from, dueOn, doneAt, verdict);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ClockConfiguration.LONDON).toLocalDate();
    }
}
