package org.homeward.records.internal;

import static org.homeward.access.Role.SENIOR_MANAGER;

import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.springframework.stereotype.Component;

/** Records management's own rules; opening a child's record and the rules modules share are {@code AccessPolicy}'s. */
@Component
class RecordsPermissions {

    /** Approve a disposal: a named senior manager who did not ask for it. */
    boolean mayApproveDisposal(CurrentUser user, UUID requestedBy) {
        return user != null && user.has(SENIOR_MANAGER) && !user.id().equals(requestedBy);
    }
}
