package org.homeward.crossborder.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/** Cross-border's own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class CrossBorderPermissions {

    /** Cross-border notices (DOMAIN.md XB-01 to XB-03): the practitioners and managers of the agencies concerned. */
    private static final Set<Role> CROSS_BORDER = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            RHI_WORKER, TEAM_MANAGER, SENIOR_MANAGER);
    /** An authority's children's social care. */
    private static final Set<Role> SOCIAL_CARE = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);
    private static final Set<Role> SIGN_OFF = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER);

    private final AccessPolicy policy;

    CrossBorderPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The notices sent to and from one's own agency. */
    boolean mayViewCrossBorderNotices(CurrentUser user) {
        return policy.holdsAny(user, CROSS_BORDER) && user.agencyId() != null;
    }

    /** One notice: someone of the agency that sent it or the one it was sent to, who may open the child's record. */
    boolean mayViewCrossBorderNotice(CurrentUser user, UUID fromAgencyId, UUID toAgencyId, UUID childId) {
        return mayViewCrossBorderNotices(user)
                && (user.agencyId().equals(fromAgencyId) || user.agencyId().equals(toAgencyId))
                && policy.mayViewChild(user, childId);
    }

    /** Acknowledge a notice: only someone of the agency it was sent to. */
    boolean mayAcknowledgeCrossBorderNotice(CurrentUser user, UUID toAgencyId) {
        return mayViewCrossBorderNotices(user) && user.agencyId().equals(toAgencyId);
    }

    /**
     * Act for an authority across the border (give a placement notice's details, agree who holds the
     * interview, mark a notice sent by hand): its children's social care.
     */
    boolean mayActAcrossBorderFor(CurrentUser user, UUID authorityId) {
        return policy.holdsAny(user, SOCIAL_CARE) && authorityId != null && authorityId.equals(user.agencyId());
    }

    /**
     * Return an interview's findings to the placing authority: whoever recorded it, the host's social care,
     * the provider.
     */
    boolean mayReturnInterviewFindings(CurrentUser user, UUID recordedBy, UUID hostAuthorityId,
                                       UUID providerAgencyId) {
        return user != null && (user.id().equals(recordedBy) || mayActAcrossBorderFor(user, hostAuthorityId)
                || policy.mayWorkReturnInterview(user, providerAgencyId));
    }

    /** The register of children placed into the authority's area: its children's social care. */
    boolean mayViewPlacedInRegister(CurrentUser user) {
        return policy.holdsAny(user, SOCIAL_CARE) && user.agencyId() != null;
    }

    /** Cross-border exceptions: team and senior managers (of every agency: named senior managers see all). */
    boolean mayViewCrossBorderExceptions(CurrentUser user) {
        return policy.holdsAny(user, SIGN_OFF);
    }
}
