package org.homeward.child;

import java.util.UUID;

/**
 * Published, in the transaction that makes it, by any module that changes what is known about a
 * child's going missing (episodes, gradings, interviews, associates), so that rules over the whole
 * picture (a missing management meeting, for one) are evaluated after every change.
 */
public record ChildRecordChanged(UUID childId, String what) {
}
