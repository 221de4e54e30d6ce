package org.homeward.rhi.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.springframework.stereotype.Component;

/** The interview's timescales on the deadline engine: the 72-hour offer, the plan task, follow-up actions. */
@Component
class OfferDeadlines {

    static final String MODULE = "rhi";
    static final String OFFER = "RHI_OFFER";
    static final String PLAN = "RHI_PLAN";
    static final String ACTION = "RHI_ACTION";
    static final String NEXT_STEP = "RHI_NEXT_STEP";

    private final Deadlines deadlines;

    OfferDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** DfE 2014: the interview is offered within 72 hours of the return; a corrected return moves it. */
    void offerOpened(Offer offer) {
        deadlines.ownerFor(offer.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(OFFER, MODULE, offer.id().toString()), "Offer a return home interview", offer.childId(),
                owner, offer.dueAt(), false, "/return-interviews/" + offer.id())));
    }

    /** An attempt, the interview or an outcome meets the offer deadline. */
    void offerMet(Collection<UUID> offers, UUID by) {
        deadlines.completeAll(OFFER, MODULE, offers.stream().map(UUID::toString).toList(), by);
    }

    /** The child declined: the allocated worker decides what happens next, by the day given. */
    void nextStepOpened(Offer offer, LocalDate dueOn) {
        deadlines.ownerFor(offer.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(NEXT_STEP, MODULE, offer.id().toString()),
                "Decide what next after the interview was declined", offer.childId(), owner, Deadlines.endOf(dueOn),
                false, "/return-interviews/" + offer.id() + "#next-step")));
    }

    void nextStepDecided(UUID offer, UUID by) {
        deadlines.complete(new TaskSource(NEXT_STEP, MODULE, offer.toString()), by);
    }

    void notOffered(UUID offer, UUID by) {
        deadlines.cancel(new TaskSource(OFFER, MODULE, offer.toString()), by);
    }

    void planReviewOpened(UUID offer, UUID childId, UUID planOwner, LocalDate dueOn) {
        (planOwner != null ? java.util.Optional.of(TaskOwner.person(planOwner)) : deadlines.ownerFor(childId))
                .ifPresent(owner -> deadlines.open(new NewTask(new TaskSource(PLAN, MODULE, offer.toString()),
                        "Reflect return home interview findings in the plan", childId, owner, Deadlines.endOf(dueOn),
                        false, "/return-interviews/" + offer + "/plan")));
    }

    void planReflected(UUID offer, UUID by) {
        deadlines.complete(new TaskSource(PLAN, MODULE, offer.toString()), by);
    }

    void actionsAdded(UUID offer, UUID childId, List<FollowUps.Action> actions) {
        for (FollowUps.Action a : actions) {
            deadlines.open(new NewTask(new TaskSource(ACTION, MODULE, a.id().toString()),
                    "Return interview follow-up: " + a.action(), childId, TaskOwner.person(a.ownerId()),
                    Deadlines.endOf(a.dueOn()), false, "/return-interviews/" + offer));
        }
    }

    void actionDone(UUID action, UUID by) {
        deadlines.complete(new TaskSource(ACTION, MODULE, action.toString()), by);
    }
}
