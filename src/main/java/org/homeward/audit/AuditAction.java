package org.homeward.audit;

public enum AuditAction {
    VIEW("Viewed"),
    SEARCH("Searched"),
    CREATE("Created"),
    CHANGE("Changed"),
    EXPORT("Exported");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
