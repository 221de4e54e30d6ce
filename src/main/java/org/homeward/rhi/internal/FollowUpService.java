package org.homeward.rhi.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import static org.homeward.rhi.internal.OfferService.subject;

/** What follows a held interview: its actions done, and its findings reflected in the child's plan. */
@Service
class FollowUpService {

    private final FollowUps followUps;
    private final OfferDeadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpService(FollowUps followUps, OfferDeadlines deadlines, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Findings reflected in the plan: by the plan owner, or a manager when there is none or they are away. */
    @Transactional
    public boolean reflectInPlan(FollowUps.PlanReview review, String planChange, BindingResult result,
                                 CurrentUser user) {
        if (!Refused.allows(review::refuseReflection, result)) {
            return false;
        }
        if (planChange == null || planChange.isBlank()) {
            result.rejectValue("planChange", "required", "Enter how the plan now reflects the interview's findings");
            return false;
        }
        followUps.reflect(review.offerId(), planChange.strip(), user.id(), clock.instant());
        deadlines.planReflected(review.offerId(), user.id());
        audit.record(AuditAction.CHANGE, subject(review.offerId(), review.childId()), List.of("Reflected in plan"), null);
        return true;
    }

    @Transactional
    public void actionDone(Offer offer, UUID actionId, CurrentUser user) {
        if (followUps.markDone(actionId, offer.interviewOfferId(), user.id(), clock.instant())) {
            deadlines.actionDone(actionId, user.id());
            audit.record(AuditAction.CHANGE, subject(offer), List.of("Follow-up action done"), null);
        }
    }
}
