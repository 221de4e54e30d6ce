package org.homeward.episode.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One time a child went missing or was away, from last seen to located and closed. */
public record Episode(UUID id, UUID childId, String category, String missingFrom, UUID placementId,
                      Instant lastSeenAt, String lastSeenPlace, String clothing, String withWhom, String circumstances,
                      Instant reportedToPoliceAt, String reportedBy, UUID policeForceId, String policeReference,
                      Instant councilNotifiedAt, boolean retrospective, Instant locatedAt, String locatedWhere,
                      String locatedBy, String returnMethod, String harmWhileMissing, Instant closedAt,
                      String closureNote, Instant createdAt, UUID createdBy, Instant updatedAt, long version) {

    /** DfE 2014 and APP both treat 24 hours missing as a marker of higher risk. */
    static final Duration LONG = Duration.ofHours(24);

    public boolean open() {
        return closedAt == null;
    }

    public boolean located() {
        return locatedAt != null;
    }

    /** Live while the child is missing, final once located. */
    public Duration duration(Instant now) {
        return Duration.between(lastSeenAt, located() ? locatedAt : now);
    }

    public boolean longEpisode(Instant now) {
        return duration(now).compareTo(LONG) >= 0;
    }

    /** From last seen to the report to police; null when never reported. */
    public Duration reportingDelay() {
        return reportedToPoliceAt == null ? null : Duration.between(lastSeenAt, reportedToPoliceAt);
    }

    public boolean reportedLate(Duration threshold) {
        Duration delay = reportingDelay();
        return delay != null && delay.compareTo(threshold) > 0;
    }
}
