package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Meetings' timescales on the deadline engine: strategy discussions (default 3 working days), trigger
 * plans (default 7 days; both set on the thresholds page), meeting actions and intervention impact reviews.
 */
@Component
class MeetingDeadlines {

    static final String MODULE = "meeting";
    static final String DISCUSSION = "STRATEGY_DISCUSSION";
    static final String TRIGGER_PLAN = "TRIGGER_PLAN";
    static final String ACTION = "MEETING_ACTION";
    static final String REVIEW = "IMPACT_REVIEW";
    static final String MEETING_REVIEW = "MEETING_REVIEW";

    private final Deadlines deadlines;
    private final Settings settings;

    MeetingDeadlines(Deadlines deadlines, Settings settings) {
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** Raised because the risk is high: the named senior manager is told at once. */
    void discussionRaised(UUID id, UUID childId, LocalDate dueOn, boolean highRisk) {
        deadlines.ownerFor(childId).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(DISCUSSION, MODULE, id.toString()), "Hold the strategy discussion", childId, owner,
                Deadlines.endOf(dueOn), highRisk, "/strategy-discussions/" + id)));
    }

    void discussionHeld(UUID id, UUID by) {
        deadlines.complete(new TaskSource(DISCUSSION, MODULE, id.toString()), by);
    }

    /** sources/003: the trigger plan is on file within 7 days (by default) of the decision that calls for it. */
    void triggerPlanNeeded(UUID childId, Instant decidedAt) {
        LocalDate due = decidedAt.atZone(ClockConfiguration.LONDON).toLocalDate().plusDays(settings.number(Setting.TRIGGER_PLAN));
        deadlines.ownerFor(childId).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(TRIGGER_PLAN, MODULE, childId + "@" + decidedAt.toEpochMilli()),
                "Write the police trigger plan and share it with the police", childId, owner, Deadlines.endOf(due), false,
                "/children/" + childId + "/trigger-plan")));
    }

    void triggerPlanWritten(UUID childId, UUID by) {
        deadlines.completeForChild(TRIGGER_PLAN, MODULE, childId, by);
    }

    void actionsAgreed(UUID meetingId, UUID childId, List<MeetingRecords.Action> actions) {
        for (MeetingRecords.Action a : actions) {
            deadlines.open(new NewTask(new TaskSource(ACTION, MODULE, a.id().toString()), "Meeting action: " + a.action(),
                    childId, TaskOwner.person(a.ownerId()), Deadlines.endOf(a.dueOn()), false, "/meetings/" + meetingId));
        }
    }

    /**
     * The meeting's review date (MP-01) is the child's owner's to keep, or the recorder's when the child
     * has none; a later meeting is that review, so it completes any review still open.
     */
    void reviewOfMeetingDue(UUID meetingId, UUID childId, LocalDate reviewOn, UUID recordedBy) {
        deadlines.completeForChild(MEETING_REVIEW, MODULE, childId, recordedBy);
        TaskOwner owner = deadlines.ownerFor(childId).orElse(TaskOwner.person(recordedBy));
        deadlines.open(new NewTask(new TaskSource(MEETING_REVIEW, MODULE, meetingId.toString()),
                "Review the missing management meeting", childId, owner, Deadlines.endOf(reviewOn), false,
                "/meetings/" + meetingId));
    }

    /** Each review is its own task, identified by the day it falls due. */
    void reviewDue(Interventions.Intervention i) {
        if (i.endedOn() != null) {
            return;
        }
        deadlines.open(new NewTask(new TaskSource(REVIEW, MODULE, i.id() + "@" + i.nextReviewOn()),
                "Impact review: " + i.description(), i.childId(), TaskOwner.person(i.responsibleId()),
                Deadlines.endOf(i.nextReviewOn()), false, "/interventions/" + i.id()));
    }

    void reviewed(Interventions.Intervention before, UUID by) {
        deadlines.complete(new TaskSource(REVIEW, MODULE, before.id() + "@" + before.nextReviewOn()), by);
    }
}
