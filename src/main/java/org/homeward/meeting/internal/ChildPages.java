package org.homeward.meeting.internal;

import java.util.UUID;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What every page of this module about a child needs first: the child, and the user's right to the page. */
@Component
class ChildPages {

    private final Children children;

    ChildPages(Children children) {
        this.children = children;
    }

    ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
