package org.homeward.child.internal.access;

import java.util.UUID;

/** The person is not involved with the child whose record they asked for. */
class NotInvolvedException extends RuntimeException {

    private final UUID childId;
    private final boolean mayBreakGlass;

    NotInvolvedException(UUID childId, boolean mayBreakGlass) {
        super("Not involved with the child");
        this.childId = childId;
        this.mayBreakGlass = mayBreakGlass;
    }

    UUID childId() {
        return childId;
    }

    boolean mayBreakGlass() {
        return mayBreakGlass;
    }
}
