package org.homeward.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A looked-after child's standing assessment of the risk of going missing, with its plan (DOMAIN.md
 * RA-03): the overall level, the risk of the placement's area, what would make the child go missing,
 * the plan, the child's views and when it is next reviewed.
 */
record StandingAssessment(UUID id, UUID childId, UUID placementId, LocalDate assessedOn, String riskLevel,
                          String areaRisk, String areaNotes, String triggers, String plan, String childViews,
                          LocalDate reviewDue, String recordedByName, Instant recordedAt) {

    /** The child's latest placement: when it started and when it was recorded. */
    record PlacementRef(UUID id, LocalDate startDate, Instant createdAt) {
    }

    /**
     * Current until its review date, and only for the placement it assessed: a later placement change
     * needs a new one, as the area and the carers changed. One made on the day of a move before the
     * move was recorded assessed the placement the child left.
     */
    boolean currentOn(LocalDate today, PlacementRef latest) {
        return !reviewDue.isBefore(today) && !olderThan(latest);
    }

    boolean olderThan(PlacementRef latest) {
        return latest != null && (assessedOn.isBefore(latest.startDate())
                || !latest.id().equals(placementId) && recordedAt.isBefore(latest.createdAt()));
    }
}
