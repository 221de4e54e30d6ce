package org.homeward.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.homeward.support.Refusals.refusal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.junit.jupiter.api.Test;

/** Meetings, strategy discussions and trigger plans refuse the changes their state does not allow, whoever asks. */
class MeetingTransitionsTest {

    static final Instant NOW = Instant.parse("2026-06-10T14:00:00Z");
    static final Instant RAISED = Instant.parse("2026-06-08T09:30:45Z");
    static final UUID CHILD = UUID.randomUUID();

    static MissingManagementMeeting required() {
        return new MissingManagementMeeting(CHILD, new MeetingRecords.Requirement(UUID.randomUUID(), CHILD, "Amy Jones",
                List.of("Three episodes in six months"), List.of("3 since 1 March 2026"), RAISED, RAISED));
    }

    static MissingManagementMeeting notRequired() {
        return new MissingManagementMeeting(CHILD, null);
    }

    static StrategyDiscussion discussion(Instant heldAt) {
        return new StrategyDiscussion(UUID.randomUUID(), CHILD, "Amy Jones", null, "Police graded it high risk",
                "Homeward", RAISED, LocalDate.of(2026, 6, 11), heldAt, heldAt == null ? null : "DS Patel",
                heldAt == null ? null : "Sam Worker", heldAt == null ? null : "Nurse Lee", null,
                heldAt == null ? null : "NO", heldAt == null ? null : "Plan agreed", heldAt == null ? null : true,
                null, null);
    }

    static TriggerPlanDecision decidedAt(Instant at) {
        return new TriggerPlanDecision(at, "Strategy discussion", LocalDate.of(2026, 6, 17), false, false, null);
    }

    @Test
    void aDecisionNotToConveneIsOnlyForAMeetingThatIsCalledFor() {
        assertThat(refusal(required()::refuseNotConvened)).isNull();
        Refused refused = (Refused) catchThrowable(notRequired()::refuseNotConvened);
        assertThat(refused.code()).isEqualTo("notRequired");
        assertThat(refused.field()).isNull();
        assertThat(refused).hasMessage("No meeting is required for this child now, so there is nothing to decide");
    }

    @Test
    void aMeetingIsRecordedOnceHeldWhetherOrNotTheCriteriaCalledForIt() {
        assertThat(refusal(() -> required().refuseHeldAt(NOW.plus(Duration.ofMinutes(1)), NOW))).isEqualTo("future");
        assertThat(refusal(() -> required().refuseHeldAt(NOW, NOW))).isNull();
        assertThat(refusal(() -> notRequired().refuseHeldAt(NOW.minus(Duration.ofDays(2)), NOW))).isNull();
        Refused future = (Refused) catchThrowable(() -> required().refuseHeldAt(NOW.plusSeconds(60), NOW));
        assertThat(future.field()).isEqualTo("heldDay");
    }

    @Test
    void theReviewIsOnOrAfterTheMeeting() {
        LocalDate heldOn = LocalDate.of(2026, 6, 10);
        Refused refused = (Refused) catchThrowable(() -> required().refuseReviewOn(heldOn.minusDays(1), heldOn));
        assertThat(refused.field()).isEqualTo("reviewDay");
        assertThat(refused.code()).isEqualTo("beforeMeeting");
        assertThat(refusal(() -> required().refuseReviewOn(heldOn, heldOn))).isNull();
        assertThat(refusal(() -> required().refuseReviewOn(heldOn.plusWeeks(6), heldOn))).isNull();
    }

    @Test
    void aStrategyDiscussionIsRecordedOnce() {
        assertThat(refusal(discussion(null)::refuseRecord)).isNull();
        assertThat(refusal(discussion(RAISED.plus(Duration.ofHours(3)))::refuseRecord)).isEqualTo("held");
    }

    @Test
    void aStrategyDiscussionIsHeldByNowAndNotBeforeItWasRaised() {
        StrategyDiscussion waiting = discussion(null);
        assertThat(refusal(() -> waiting.refuseHeldAt(NOW.plusSeconds(60), NOW))).isEqualTo("future");
        Refused early = (Refused) catchThrowable(() -> waiting.refuseHeldAt(RAISED.minus(Duration.ofMinutes(5)), NOW));
        assertThat(early.field()).isEqualTo("heldDay");
        assertThat(early.code()).isEqualTo("beforeEarlierEvent");
        assertThat(early).hasMessageStartingWith("The discussion must be held on or after it was raised (");
        assertThat(refusal(() -> waiting.refuseHeldAt(Instant.parse("2026-06-08T09:30:00Z"), NOW)))
                .as("the minute it was raised, as typed").isNull();
        assertThat(refusal(() -> waiting.refuseHeldAt(NOW, NOW))).isNull();
    }

    @Test
    void aTriggerPlanTakesEffectOnOrAfterTheDecisionThatCalledForIt() {
        // 23:30 UTC on 9 June is 00:30 on 10 June in London: the day decided is London's.
        TriggerPlanDecision decision = decidedAt(Instant.parse("2026-06-09T23:30:00Z"));
        Refused early = (Refused) catchThrowable(() -> decision.refuseEffectiveOn(LocalDate.of(2026, 6, 9)));
        assertThat(early.field()).isEqualTo("effectiveDay");
        assertThat(early.code()).isEqualTo("beforeEarlierEvent");
        assertThat(early).hasMessageStartingWith(
                "The plan must take effect on or after the strategy discussion that decided it was needed (");
        assertThat(refusal(() -> decision.refuseEffectiveOn(LocalDate.of(2026, 6, 10)))).isNull();
        assertThat(refusal(() -> decision.refuseEffectiveOn(LocalDate.of(2026, 7, 1)))).isNull();
    }
}
