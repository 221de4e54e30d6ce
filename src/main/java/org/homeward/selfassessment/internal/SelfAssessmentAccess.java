package org.homeward.selfassessment.internal;

import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in a self-assessment (decision 0031). Administrators load questionnaires; named senior managers
 * facilitate cycles (the statutory guidance gives them the strategic lead); a cycle's participants answer it.
 */
@Component
class SelfAssessmentAccess {

    boolean mayManageQuestionnaires(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    boolean mayFacilitate(CurrentUser user) {
        return user.has(Role.SENIOR_MANAGER);
    }

    /** Reading a questionnaire's content: whoever loads them and whoever may run a cycle with one. */
    boolean mayReadQuestionnaires(CurrentUser user) {
        return mayManageQuestionnaires(user) || mayFacilitate(user);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
