package org.homeward.risk.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/** Risk's own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class RiskPermissions {

    /** The IRO of a looked-after child is invited to its missing management meetings (DOMAIN.md D.6). */
    private static final Set<Role> VIEW_MEETINGS = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, IRO, AUDITOR);
    /** The council's missing risk screening is children's social care's (DOMAIN.md D.4, RA-02). */
    private static final Set<Role> SCREEN_RISK = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);

    private final AccessPolicy policy;

    RiskPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    /**
     * A child's exploitation screenings, which hold sensitive detail of abuse and sexual health: the
     * police and children's social care who act on them (at missing management meetings), and auditors.
     */
    boolean mayViewExploitation(CurrentUser user) {
        return policy.holdsAny(user, VIEW_MEETINGS);
    }

    /** Complete an exploitation screening: children's social care, as for the risk screening. */
    boolean mayScreenExploitation(CurrentUser user) {
        return policy.holdsAny(user, SCREEN_RISK);
    }
}
