package org.homeward.child.internal.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** An associate or a location: what its pages need to show that someone else saved it first, and what changed. */
interface NetworkRecord {

    UUID id();

    Instant updatedAt();

    Long version();

    /**
     * The labels of the fields that differ between two versions, for the audit entry. Numbers equal in value are
     * the same (51.4585 was saved as 51.458500).
     */
    static <R> List<String> changed(Map<String, Function<R, Object>> fields, R before, R after) {
        List<String> changed = new ArrayList<>();
        fields.forEach((label, field) -> {
            Object was = field.apply(before);
            Object now = field.apply(after);
            boolean same = was instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(was, now);
            if (!same) {
                changed.add(label);
            }
        });
        return changed;
    }
}
