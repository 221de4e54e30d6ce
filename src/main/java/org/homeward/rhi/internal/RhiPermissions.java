package org.homeward.rhi.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/**
 * Return interviews' own rules; opening a child's record and the rules modules share (among them
 * {@link AccessPolicy#mayWorkReturnInterview}, which cross-border also asks) are {@code AccessPolicy}'s.
 */
@Component
class RhiPermissions {

    private static final Set<Role> VIEW_RHI = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, IRO);
    private static final Set<Role> MANAGE_RHI = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);

    private final AccessPolicy policy;

    RhiPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    boolean mayViewReturnInterview(CurrentUser user, UUID providerAgencyId) {
        return policy.holdsAny(user, VIEW_RHI) || policy.mayWorkReturnInterview(user, providerAgencyId);
    }

    /** Assign the provider and the responsible authority; record that no interview is offered. */
    boolean mayManageReturnInterview(CurrentUser user) {
        return policy.holdsAny(user, MANAGE_RHI);
    }

    /** Sign off a decision not to offer an interview: team and senior managers. */
    boolean maySignOffNotOffered(CurrentUser user) {
        return policy.holdsAny(user, EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER));
    }

    /**
     * Record that an interview's findings are reflected in the child's plan: the plan owner, a
     * manager, or (when the child has no allocated worker) any social worker.
     */
    boolean mayReflectInPlan(CurrentUser user, UUID planOwnerId) {
        return user != null && (user.id().equals(planOwnerId)
                || policy.holdsAny(user, EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER))
                || (planOwnerId == null && policy.holdsAny(user, MANAGE_RHI)));
    }
}
