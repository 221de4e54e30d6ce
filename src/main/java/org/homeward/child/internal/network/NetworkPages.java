package org.homeward.child.internal.network;

import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the associate and location pages share: who may see and change a child's network. */
@Component
class NetworkPages {

    private final Children children;
    private final AccessPolicy policy;

    NetworkPages(Children children, AccessPolicy policy) {
        this.children = children;
        this.policy = policy;
    }

    ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    boolean mayEdit(CurrentUser user) {
        return policy.mayEditPhilomena(user);
    }

    void requireView(CurrentUser user) {
        if (!policy.mayViewChildren(user)) {
            throw new AccessDeniedException("Your role does not give access to children's records");
        }
    }

    /** @param what the child's associates or locations, as the refusal names them */
    void requireEdit(CurrentUser user, String what) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("Your role does not allow you to change a child's " + what);
        }
    }
}
