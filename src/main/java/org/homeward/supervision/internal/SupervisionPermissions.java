package org.homeward.supervision.internal;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/** Supervision's own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class SupervisionPermissions {

    /** Children's social care, who agree a trusted worker with the child. */
    private static final Set<Role> SOCIAL_CARE = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);
    /** Managers, and partnership analysts and board members who see counts only. */
    private static final Set<Role> CONTINUITY_REPORT = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER, ANALYST, BOARD_MEMBER);

    private final AccessPolicy policy;

    SupervisionPermissions(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Record a supervision: team and senior managers supervise practitioners (SRC-000/001). */
    boolean mayRecordSupervision(CurrentUser user) {
        return policy.holdsAny(user, EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER));
    }

    /**
     * Read a supervision: its two parties and senior managers only (OV-04 "restricted visibility"):
     * reflective supervision is personal, and other managers and auditors have no part in it.
     */
    boolean mayViewSupervision(CurrentUser user, UUID supervisorId, UUID superviseeId) {
        return user != null && (user.id().equals(supervisorId) || user.id().equals(superviseeId)
                || user.has(SENIOR_MANAGER));
    }

    /** Name or change a child's trusted worker: children's social care, who agree it with the child. */
    boolean mayChangeTrustedWorker(CurrentUser user) {
        return policy.holdsAny(user, SOCIAL_CARE);
    }

    /** The trusted worker continuity report: managers with names, analysts as counts only (IS-02). */
    boolean mayViewContinuityReport(CurrentUser user) {
        return policy.holdsAny(user, CONTINUITY_REPORT);
    }
}
