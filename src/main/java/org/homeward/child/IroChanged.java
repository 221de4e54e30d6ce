package org.homeward.child;

import java.util.UUID;

/** A child's Independent Reviewing Officer changed ({@code iroId} null: none is named now), and by whom. */
public record IroChanged(UUID childId, UUID iroId, UUID changedBy) {
}
