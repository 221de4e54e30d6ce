package org.homeward.audit;

public enum AuditAction {
    VIEW("Viewed"),
    SEARCH("Searched"),
    CREATE("Created"),
    CHANGE("Changed"),
    EXPORT("Exported"),
    /** Deleted at the end of its retention period, by an approved disposal (the entry stays). */
    DISPOSE("Disposed"),
    /** Asked for a record and refused it: the trail shows who tried to reach children beyond their access. */
    REFUSED("Refused"),
    /** Opened a child's record without being involved, giving a reason (break-glass). */
    BREAK_GLASS("Opened without involvement");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
