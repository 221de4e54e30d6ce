package org.homeward.child.internal;

/** Someone else saved the record after this editor opened it. */
class StaleRecordException extends RuntimeException {

    private final transient Child current;

    StaleRecordException(Child current) {
        super("The record changed since it was opened", null, false, false);
        this.current = current;
    }

    Child current() {
        return current;
    }
}
