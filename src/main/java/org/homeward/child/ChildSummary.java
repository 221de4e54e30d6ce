package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

public record ChildSummary(UUID id, String name, LocalDate dateOfBirth) {
}
