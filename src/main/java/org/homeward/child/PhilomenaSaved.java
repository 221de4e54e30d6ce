package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A child's Philomena profile was completed or updated; it is next due for review on {@code reviewDue}. */
public record PhilomenaSaved(UUID childId, LocalDate reviewDue) {
}
