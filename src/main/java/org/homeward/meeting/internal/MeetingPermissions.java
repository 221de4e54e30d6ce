package org.homeward.meeting.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/** Meetings' own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class MeetingPermissions {

    private static final Set<Role> RECORD_MEETINGS = EnumSet.of(MISSING_COORDINATOR, SOCIAL_WORKER, TEAM_MANAGER,
            SENIOR_MANAGER);
    /** Police officers and missing-person coordinators. */
    private static final Set<Role> POLICE = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR);
    private static final Set<Role> SIGN_OFF = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER);

    private final AccessPolicy policy;

    MeetingPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Record a meeting, or that carers are reporting inappropriately: the people who convene meetings. */
    boolean mayRecordMeeting(CurrentUser user) {
        return policy.holdsAny(user, RECORD_MEETINGS);
    }

    /** Decide that a meeting the criteria call for is not convened: a manager's decision, with the reason (CR-11). */
    boolean mayDecideNotToConvene(CurrentUser user) {
        return policy.holdsAny(user, SIGN_OFF);
    }

    /** Raise and record strategy discussions and trigger plans: the police and children's social care. */
    boolean mayRecordStrategy(CurrentUser user) {
        return policy.holdsAny(user, RECORD_MEETINGS) || policy.holdsAny(user, POLICE);
    }

    /** Ask for a meeting on the police's behalf: police officers and missing-person coordinators. */
    boolean mayRequestMeetingAsPolice(CurrentUser user) {
        return policy.holdsAny(user, POLICE);
    }
}
