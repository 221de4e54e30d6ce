package org.homeward.episode.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/** Episodes' own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class EpisodePermissions {

    /** Anyone who may find a child gone: carers, police and the council. */
    private static final Set<Role> REPORT_MISSING = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, CARE_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);
    /** Risk grading and safe-and-well checks are police decisions (College of Policing APP). */
    private static final Set<Role> POLICE = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR);
    private static final Set<Role> CLOSE_EPISODE = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER);

    private final AccessPolicy policy;

    EpisodePermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    boolean mayRecordReturn(CurrentUser user) {
        return policy.holdsAny(user, REPORT_MISSING);
    }

    boolean mayGradeRisk(CurrentUser user) {
        return policy.holdsAny(user, POLICE);
    }

    boolean mayRecordSafeAndWellCheck(CurrentUser user) {
        return policy.holdsAny(user, POLICE);
    }

    boolean mayCloseEpisode(CurrentUser user) {
        return policy.holdsAny(user, CLOSE_EPISODE);
    }

    /** Record the police force areas an episode touched (XB-04): the police and children's social care. */
    boolean mayRecordForceAreas(CurrentUser user) {
        return policy.holdsAny(user, CLOSE_EPISODE);
    }

    /** Acknowledge a police message: only someone of the council it was sent to. */
    boolean mayAcknowledgePoliceMessage(CurrentUser user, UUID toAgencyId) {
        return policy.mayReceivePoliceMessages(user) && user.agencyId().equals(toAgencyId);
    }
}
