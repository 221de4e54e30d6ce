package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A person in a child's life, as they relate to that child. */
public record AssociateSummary(UUID id, String name, String relationship, String address, String phone,
                               String socialMedia, String vehicle, LocalDate lastContactedOn,
                               boolean personOfConcern, String concernReason) {
}
