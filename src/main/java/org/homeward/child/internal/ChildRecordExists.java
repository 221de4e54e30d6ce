package org.homeward.child.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Whether a child's record exists, for the access guard, without opening (and auditing) it. */
@Component
public class ChildRecordExists {

    private final ChildRepository children;

    ChildRecordExists(ChildRepository children) {
        this.children = children;
    }

    public boolean existsById(UUID id) {
        return children.existsById(id);
    }
}
