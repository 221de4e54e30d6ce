package org.homeward.oversight.internal;

import static org.homeward.access.Role.IRO;

import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.springframework.stereotype.Component;

/** Oversight's own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class OversightPermissions {

    private final AccessPolicy policy;

    OversightPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Decide whether a looked-after child's care plan needs a review after an episode: the IRO (MP-06). */
    boolean mayDecideCarePlanReview(CurrentUser user, UUID childId) {
        return user != null && user.has(IRO) && policy.mayViewChild(user, childId);
    }
}
