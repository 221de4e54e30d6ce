package org.homeward.access;

import java.util.Set;
import java.util.UUID;

/** The children a person may find: every child, or only those referred to their agency (DOMAIN.md RHI-08). */
public final class ChildScope {

    private static final ChildScope EVERY_CHILD = new ChildScope(null);

    private final Set<UUID> referred;

    private ChildScope(Set<UUID> referred) {
        this.referred = referred;
    }

    public static ChildScope everyChild() {
        return EVERY_CHILD;
    }

    public static ChildScope referred(Set<UUID> children) {
        return new ChildScope(Set.copyOf(children));
    }

    public boolean everyChildIncluded() {
        return referred == null;
    }

    public boolean includes(UUID childId) {
        return referred == null || referred.contains(childId);
    }

    /** For a query's {@code id = any(:ids)}: null when every child is included, so the query can skip the test. */
    public UUID[] ids() {
        return referred == null ? null : referred.toArray(UUID[]::new);
    }
}
