package org.homeward.child;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One event in a child's chronology, placed at when it happened ({@code at}); {@code recordedAt} is when it
 * was written down, shown beside it where the two differ (an episode recorded after the event).
 * {@code href} links to where it is recorded. {@code agencyId} is the agency whose work it was, where the
 * record says so (a share made, a referral or an episode's step recorded by someone of an agency); null where
 * the kind of record says whose it is.
 */
public record ChronologyEntry(Instant at, Instant recordedAt, String kind, String title, String detail, String href,
                              UUID agencyId) {

    public ChronologyEntry(Instant at, Instant recordedAt, String kind, String title, String detail, String href) {
        this(at, recordedAt, kind, title, detail, href, null);
    }

    public ChronologyEntry(Instant at, String kind, String title, String detail, String href) {
        this(at, at, kind, title, detail, href, null);
    }

    public boolean recordedLater() {
        return recordedAt != null && at != null
                && recordedAt.truncatedTo(ChronoUnit.MINUTES).isAfter(at.truncatedTo(ChronoUnit.MINUTES));
    }
}
