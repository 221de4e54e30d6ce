package org.homeward.child;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One event in a child's chronology, placed at when it happened ({@code at}); {@code recordedAt} is when it
 * was written down, shown beside it where the two differ (an episode recorded after the event).
 * {@code href} links to where it is recorded.
 */
public record ChronologyEntry(Instant at, Instant recordedAt, String kind, String title, String detail, String href) {

    public ChronologyEntry(Instant at, String kind, String title, String detail, String href) {
        this(at, at, kind, title, detail, href);
    }

    public boolean recordedLater() {
        return recordedAt != null && at != null
                && recordedAt.truncatedTo(ChronoUnit.MINUTES).isAfter(at.truncatedTo(ChronoUnit.MINUTES));
    }
}
