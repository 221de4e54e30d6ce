package org.homeward.rhi.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.Durations;

/** A return home interview offer: one per episode, due 72 clock hours after the child returned. */
public record Offer(UUID id, UUID episodeId, UUID childId, Instant returnedAt, Instant dueAt, UUID providerAgencyId,
             String providerName, boolean outOfArea, UUID placingAuthorityId, String placingAuthority,
             UUID hostAuthorityId, String hostAuthority, String responsible, String notOfferedReason,
             UUID notOfferedBy, String notOfferedByName, Instant notOfferedAt, UUID signedOffBy,
             String signedOffByName, Instant signedOffAt, String outcome, String outcomeReason, Instant outcomeAt,
             String parentCarerInformation, Instant firstAttemptAt, Instant heldAt, Instant offeredAt,
             UUID coveredBy, String nextStep, String nextStepByName, Instant nextStepAt, long version) {

    static final Duration DEADLINE = Duration.ofHours(72);

    static Instant dueAfter(Instant returnedAt) {
        return returnedAt.plus(DEADLINE);
    }

    /** Within 72 hours: at or before the deadline, to the second. */
    static boolean within72Hours(Instant returnedAt, Instant at) {
        return at != null && !at.isAfter(dueAfter(returnedAt));
    }

    /**
     * {@code offeredAt} is when the offer was met: the first attempt, an outcome or the interview, whichever
     * came first (the view {@code rhi_offer_met} is its one definition, read by every page and measure).
     */
    public boolean offered() {
        return offeredAt != null;
    }

    public boolean offeredWithin72Hours() {
        return within72Hours(returnedAt, offeredAt);
    }

    /** "Offered within 72 hours" as every page says it. */
    public String offeredWithin() {
        return !offered() ? "Not yet offered" : offeredWithin72Hours() ? "Yes" : "No";
    }

    /** The child declined: parents or carers may add what they know, and the social worker decides what next. */
    public boolean declined() {
        return !held() && Outcome.DECLINED.name().equals(outcome);
    }

    public boolean nextStepDecided() {
        return nextStep != null;
    }

    /** The offer whose interview this episode shares, or this offer itself. */
    public UUID interviewOfferId() {
        return coveredBy == null ? id : coveredBy;
    }

    public boolean covered() {
        return coveredBy != null;
    }

    public boolean heldWithin72Hours() {
        return within72Hours(returnedAt, heldAt);
    }

    public boolean held() {
        return heldAt != null;
    }

    /** Held, and not as part of another episode's interview: the one record to correct. */
    public boolean correctable() {
        return held() && !covered();
    }

    public boolean notOffered() {
        return notOfferedReason != null;
    }

    /** Still to be done: no interview, no outcome other than accepted, not decided against. */
    public boolean open() {
        return !held() && !notOffered() && (outcome == null || outcome.equals("ACCEPTED"));
    }

    /** When the interview was held, or the offer otherwise ended (declined, not possible, not offered); null while open. */
    public Instant outcomeRecordedAt() {
        if (held()) {
            return heldAt;
        }
        if (notOffered()) {
            return notOfferedAt;
        }
        return open() ? null : outcomeAt;
    }

    public boolean overdue(Instant now) {
        return open() && now.isAfter(dueAt);
    }

    public String status(Instant now) {
        if (held()) {
            return "Held";
        }
        if (notOffered()) {
            return signedOffBy == null ? "Not offered: awaiting sign-off" : "Not offered";
        }
        if (outcome != null && !outcome.equals("ACCEPTED")) {
            return Outcome.label(outcome);
        }
        if (now.isAfter(dueAt)) {
            return "Overdue";
        }
        return outcome == null ? "Due" : "Accepted";
    }

    /** "1 day 7 hours left" or "Overdue by 18 days 4 hours". */
    public String timeLeft(Instant now) {
        Duration left = Duration.between(now, dueAt);
        if (left.isNegative()) {
            return "Overdue by " + Durations.of(left);
        }
        return Durations.of(left) + " left";
    }

    public boolean responsibleIsHost() {
        return "HOST".equals(responsible);
    }

    public String responsibleAuthority() {
        return responsibleIsHost() ? hostAuthority : placingAuthority;
    }

    /** An interview is recorded once, and only on an open offer: not once the child declined, or none is offered. */
    void refuseInterview() {
        if (held()) {
            throw new Refused("held", "The interview has already been recorded");
        }
        refuseOutcome();
    }

    /** Attempts to reach the child are made while the offer is open: an outcome ends them. */
    void refuseAttempt() {
        refuseOutcome();
    }

    /** An offer has one outcome: the interview, the child's answer, or the decision not to offer one. */
    void refuseOutcome() {
        if (!open()) {
            throw new Refused("closed", "This interview is no longer open: it has an outcome, or is not offered");
        }
    }

    /** Declined, and parents or carers have not yet added what they know. */
    public boolean awaitingParentCarerInformation() {
        return declined() && parentCarerInformation == null;
    }

    void refuseParentCarerInformation() {
        if (!awaitingParentCarerInformation()) {
            throw new Refused("declinedOnly", "Information from parents or carers is added once, after the child declines");
        }
    }

    public boolean awaitingNextStep() {
        return declined() && !nextStepDecided();
    }

    void refuseNextStep() {
        if (!awaitingNextStep()) {
            throw new Refused("declinedOnly", "What happens next is decided once, after the child declines");
        }
    }

    public boolean awaitingSignOff() {
        return notOffered() && signedOffBy == null;
    }

    /** Whether {@link #refuseSignOff(UUID)} lets this person sign off, for pages that offer the button. */
    public boolean allowsSignOffBy(UUID by) {
        return awaitingSignOff() && !by.equals(notOfferedBy);
    }

    /** A decision not to offer an interview is signed off once, by a manager other than the one who made it. */
    void refuseSignOff(UUID by) {
        if (!awaitingSignOff()) {
            throw new Refused("nothing", "There is no decision awaiting sign-off");
        }
        if (by.equals(notOfferedBy)) {
            throw new Refused("own", "You recorded that no interview is offered: another manager must sign it off");
        }
    }

    /** Nobody tries to reach a child before they are back. */
    void refuseAttemptAt(Instant at) {
        refuseBeforeReturn("attemptedDay", "attempt", returnedAt, at);
    }

    /**
     * The interview is held after the child returned, from this episode and from every other it covers.
     *
     * @param covered the offers the interview covers, this one among them; none while it is being recorded
     */
    void refuseHeldAt(Instant at, List<Offer> covered) {
        Instant lastReturn = covered.stream().map(Offer::returnedAt).max(Instant::compareTo).orElse(returnedAt);
        refuseBeforeReturn("heldDay", "interview", lastReturn, at);
    }

    private static void refuseBeforeReturn(String field, String what, Instant returnedAt, Instant at) {
        if (!at.isAfter(returnedAt)) {
            throw new Refused(field, "beforeReturn", "The " + what + " must be after the child returned ("
                    + Dates.ofInstant(returnedAt) + ")");
        }
    }

    /** One interview covers this episode too only if it was held after the child returned from it. */
    void refuseCoverHeldAt(Instant heldAt) {
        if (!heldAt.isAfter(returnedAt)) {
            throw new Refused("alsoCovers", "beforeReturn",
                    "The interview was held before the child returned from an episode you selected");
        }
    }

    /** Only a child placed out of area has a host authority that may take the interview on. */
    void refuseResponsible(String chosen) {
        if (outOfArea && !"PLACING".equals(chosen) && !"HOST".equals(chosen)) {
            throw new Refused("responsible", "required", "Select which authority is responsible for the interview");
        }
    }

    /** The authority responsible for the interview: the one chosen out of area, otherwise the placing one. */
    String responsibleFor(String chosen) {
        return outOfArea ? chosen : "PLACING";
    }

    /** The codes and labels of the outcomes of an offer. */
    public enum Outcome {
        ACCEPTED("Accepted"), DECLINED("Declined"), MISSING_AGAIN("Child missing again"), NOT_POSSIBLE("Not possible");

        final String label;

        Outcome(String label) {
            this.label = label;
        }

        static String label(String code) {
            for (Outcome o : values()) {
                if (o.name().equals(code)) {
                    return o.label;
                }
            }
            return code;
        }

        /** What parents or carers know stands beside the child's answer only when the child declined. */
        static void refuseParentCarerInformation(String outcome, String information) {
            if (information != null && !information.isBlank() && !DECLINED.name().equals(outcome)) {
                throw new Refused("parentCarerInformation", "declinedOnly",
                        "Information from parents or carers is recorded when the child declines");
            }
        }
    }
}
