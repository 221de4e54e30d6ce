package org.homeward.child;

import java.time.Instant;

/** One event in a child's chronology; {@code href} links to where it is recorded. */
public record ChronologyEntry(Instant at, String kind, String title, String detail, String href) {
}
