package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Refusals.refusal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The offer refuses the changes its state does not allow, whoever asks. */
class OfferTransitionsTest {

    static final Instant RETURNED = Instant.parse("2026-06-10T20:15:00Z");
    static final UUID MANAGER = UUID.randomUUID();

    static Offer offer(String outcome, Instant held, String notOfferedReason, UUID signedOffBy,
                       String parentCarerInformation, String nextStep) {
        return new Offer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), RETURNED, Offer.dueAfter(RETURNED),
                null, null, false, null, null, null, null, "PLACING", notOfferedReason,
                notOfferedReason == null ? null : MANAGER, null, null, signedOffBy, null, null, outcome,
                outcome == null ? null : "Reason", outcome == null ? null : RETURNED.plus(Duration.ofHours(1)),
                parentCarerInformation, null, held, held, null, nextStep, null, null, 0);
    }

    @Test
    void anInterviewOnADeclinedOrNotOfferedOfferIsRefused() {
        assertThat(refusal(offer("DECLINED", null, null, null, null, null)::refuseInterview)).isEqualTo("closed");
        assertThat(refusal(offer(null, null, "Child is 17 and refuses all contact", null, null, null)::refuseInterview))
                .isEqualTo("closed");
        assertThat(refusal(offer("ACCEPTED", null, null, null, null, null)::refuseInterview)).isNull();
        assertThat(refusal(offer(null, null, null, null, null, null)::refuseInterview)).isNull();
    }

    @Test
    void anInterviewIsRecordedOnceAndAnOfferHasOneOutcome() {
        Offer held = offer("ACCEPTED", RETURNED.plus(Duration.ofHours(30)), null, null, null, null);
        assertThat(refusal(held::refuseInterview)).isEqualTo("held");
        assertThat(refusal(held::refuseOutcome)).isEqualTo("closed");
        assertThat(refusal(offer("DECLINED", null, null, null, null, null)::refuseOutcome)).isEqualTo("closed");
        assertThat(refusal(offer("ACCEPTED", null, null, null, null, null)::refuseOutcome)).isNull();
        assertThat(refusal(offer(null, null, null, null, null, null)::refuseOutcome)).isNull();
    }

    @Test
    void attemptsToReachTheChildEndWithTheOffersOutcome() {
        assertThat(refusal(offer(null, null, null, null, null, null)::refuseAttempt)).isNull();
        assertThat(refusal(offer("ACCEPTED", null, null, null, null, null)::refuseAttempt)).isNull();
        assertThat(refusal(offer("DECLINED", null, null, null, null, null)::refuseAttempt)).isEqualTo("closed");
        assertThat(refusal(offer(null, null, "Child is 17 and refuses all contact", null, null, null)::refuseAttempt))
                .isEqualTo("closed");
        assertThat(refusal(offer("ACCEPTED", RETURNED.plus(Duration.ofHours(30)), null, null, null, null)::refuseAttempt))
                .isEqualTo("closed");
    }

    @Test
    void parentsAddInformationAndTheNextStepIsDecidedOnceAndOnlyAfterADecline() {
        Offer due = offer(null, null, null, null, null, null);
        assertThat(refusal(due::refuseParentCarerInformation)).isEqualTo("declinedOnly");
        assertThat(refusal(due::refuseNextStep)).isEqualTo("declinedOnly");
        Offer declined = offer("DECLINED", null, null, null, null, null);
        assertThat(refusal(declined::refuseParentCarerInformation)).isNull();
        assertThat(refusal(declined::refuseNextStep)).isNull();
        Offer told = offer("DECLINED", null, null, null, "Mum says she is staying with a friend", "Offer again");
        assertThat(refusal(told::refuseParentCarerInformation)).isEqualTo("declinedOnly");
        assertThat(refusal(told::refuseNextStep)).isEqualTo("declinedOnly");
        assertThat(declined.awaitingParentCarerInformation() && declined.awaitingNextStep()).isTrue();
        assertThat(told.awaitingParentCarerInformation() || told.awaitingNextStep()).isFalse();
    }

    @Test
    void aDecisionNotToOfferIsSignedOffOnceByAnotherManager() {
        assertThat(refusal(() -> offer(null, null, null, null, null, null).refuseSignOff(UUID.randomUUID())))
                .isEqualTo("nothing");
        Offer notOffered = offer(null, null, "Child is 17 and refuses all contact", null, null, null);
        assertThat(refusal(() -> notOffered.refuseSignOff(MANAGER))).isEqualTo("own");
        assertThat(refusal(() -> notOffered.refuseSignOff(UUID.randomUUID()))).isNull();
        Offer signed = offer(null, null, "Child is 17 and refuses all contact", UUID.randomUUID(), null, null);
        assertThat(refusal(() -> signed.refuseSignOff(UUID.randomUUID()))).isEqualTo("nothing");
        assertThat(notOffered.allowsSignOffBy(MANAGER)).isFalse();
        assertThat(notOffered.allowsSignOffBy(UUID.randomUUID())).isTrue();
        assertThat(signed.allowsSignOffBy(UUID.randomUUID())).isFalse();
    }

    @Test
    void attemptsAndTheInterviewComeAfterTheReturn() {
        Offer due = offer(null, null, null, null, null, null);
        assertThat(refusal(() -> due.refuseAttemptAt(RETURNED))).isEqualTo("beforeReturn");
        assertThat(refusal(() -> due.refuseAttemptAt(RETURNED.plusSeconds(60)))).isNull();
        assertThat(refusal(() -> due.refuseHeldAt(RETURNED.minusSeconds(60), List.of()))).isEqualTo("beforeReturn");
        assertThat(refusal(() -> due.refuseHeldAt(RETURNED.plusSeconds(60), List.of()))).isNull();
    }

    @Test
    void aCorrectedInterviewIsStillHeldAfterTheLatestReturnItCovers() {
        Offer held = offer("ACCEPTED", RETURNED.plus(Duration.ofDays(3)), null, null, null, null);
        Offer later = offer(null, null, null, null, null, null);
        Offer laterReturn = new Offer(later.id(), later.episodeId(), later.childId(), RETURNED.plus(Duration.ofDays(2)),
                later.dueAt(), null, null, false, null, null, null, null, "PLACING", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, held.id(), null, null, null, 0);
        Instant betweenReturns = RETURNED.plus(Duration.ofDays(1));
        assertThat(refusal(() -> held.refuseHeldAt(betweenReturns, List.of(held)))).isNull();
        assertThat(refusal(() -> held.refuseHeldAt(betweenReturns, List.of(held, laterReturn))))
                .isEqualTo("beforeReturn");
        assertThat(refusal(() -> laterReturn.refuseCoverHeldAt(betweenReturns))).isEqualTo("beforeReturn");
        assertThat(refusal(() -> laterReturn.refuseCoverHeldAt(RETURNED.plus(Duration.ofDays(3))))).isNull();
    }

    @Test
    void onlyAChildPlacedOutOfAreaHasTheHostAuthorityChosen() {
        Offer local = offer(null, null, null, null, null, null);
        assertThat(refusal(() -> local.refuseResponsible(null))).isNull();
        assertThat(local.responsibleFor("HOST")).isEqualTo("PLACING");
        Offer o = offer(null, null, null, null, null, null);
        Offer outOfArea = new Offer(o.id(), o.episodeId(), o.childId(), o.returnedAt(), o.dueAt(), null, null, true,
                null, null, null, null, "PLACING", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, 0);
        assertThat(refusal(() -> outOfArea.refuseResponsible(null))).isEqualTo("required");
        assertThat(refusal(() -> outOfArea.refuseResponsible("ELSEWHERE"))).isEqualTo("required");
        assertThat(refusal(() -> outOfArea.refuseResponsible("HOST"))).isNull();
        assertThat(outOfArea.responsibleFor("HOST")).isEqualTo("HOST");
    }

    @Test
    void informationFromParentsOrCarersComesOnlyWithADecline() {
        assertThat(refusal(() -> Offer.Outcome.refuseParentCarerInformation("ACCEPTED", "Mum says she is safe")))
                .isEqualTo("declinedOnly");
        assertThat(refusal(() -> Offer.Outcome.refuseParentCarerInformation("DECLINED", "Mum says she is safe")))
                .isNull();
        assertThat(refusal(() -> Offer.Outcome.refuseParentCarerInformation("ACCEPTED", "  "))).isNull();
    }

    @Test
    void theFindingsAreReflectedInThePlanOnce() {
        FollowUps.PlanReview waiting = new FollowUps.PlanReview(UUID.randomUUID(), UUID.randomUUID(), "Child", null,
                null, LocalDate.of(2026, 6, 17), RETURNED, null, null, null);
        assertThat(refusal(waiting::refuseReflection)).isNull();
        FollowUps.PlanReview reflected = new FollowUps.PlanReview(waiting.offerId(), waiting.childId(), "Child", null,
                null, waiting.dueOn(), RETURNED, RETURNED.plus(Duration.ofDays(2)), "Manager", "Plan updated");
        assertThat(refusal(reflected::refuseReflection)).isEqualTo("done");
    }

    @Test
    void onlyAHeldInterviewOfItsOwnIsCorrected() {
        Offer held = offer("ACCEPTED", RETURNED.plus(Duration.ofHours(30)), null, null, null, null);
        assertThat(held.correctable()).isTrue();
        assertThat(offer(null, null, null, null, null, null).correctable()).isFalse();
    }
}
