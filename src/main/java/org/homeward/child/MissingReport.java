package org.homeward.child;

import java.time.Instant;

/**
 * Part 2 of the Philomena profile: this time the child went missing, as it was reported (DOMAIN.md
 * C.5, CR-06). Vocabulary labels and names rather than codes, so that the pack reads as it was issued.
 */
public record MissingReport(String category, Instant lastSeenAt, String lastSeenPlace, String clothing,
                            String withWhom, String circumstances, Instant reportedToPoliceAt, String reportedBy,
                            String policeForce, String policeReference) {
}
