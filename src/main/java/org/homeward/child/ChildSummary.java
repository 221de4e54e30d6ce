package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A child's name, date of birth and whether they are looked after, for other modules' pages. */
public record ChildSummary(UUID id, String name, LocalDate dateOfBirth, boolean lookedAfter) {
}
