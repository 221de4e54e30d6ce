package org.homeward.access.internal;

import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in person and the parts of Homeward their roles open, for the page header; decided once
 * per request here rather than by security expressions evaluated in every page.
 */
@ControllerAdvice
class NavigationAdvice {

    /** {@code wholeRecords}: the pages of a child's record beyond what a return interview provider sees. */
    record Navigation(String displayName, String agencyName, boolean children, boolean wholeRecords,
                      boolean returnInterviews, boolean meetings, boolean signOffs, boolean dashboard, boolean audit,
                      boolean admin) {
    }

    private final AccessPolicy policy;

    NavigationAdvice(AccessPolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("nav")
    Navigation navigation(@AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            return null;
        }
        return new Navigation(user.displayName(), user.agencyName(), policy.mayFindChildren(user),
                policy.mayViewChildren(user), policy.mayViewReturnInterviews(user), policy.mayViewMeetings(user),
                policy.maySignOff(user), policy.mayViewDashboard(user),
                policy.mayReadAuditTrail(user), policy.mayAdminister(user));
    }
}
