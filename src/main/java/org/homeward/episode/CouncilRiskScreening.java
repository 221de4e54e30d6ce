package org.homeward.episode;

import java.time.Instant;

/**
 * The council's latest risk screening of an episode, as the episode page shows it beside the police
 * grading. {@code rating} is a code of the {@code council-risk} vocabulary (LOW, MEDIUM, HIGH).
 */
public record CouncilRiskScreening(String rating, String ratingLabel, Instant screenedAt, String screenedBy,
                                   boolean overridden) {

    /**
     * A high rating by either the police or the council raises the escalation to the named senior
     * manager (DOMAIN.md RA-07, OV-02; Southwark's practice, S64).
     */
    public static boolean escalates(String policeRiskLevel, CouncilRiskScreening council) {
        return "HIGH".equals(policeRiskLevel) || (council != null && "HIGH".equals(council.rating()));
    }

    /** Whether the police grading, when there is one, says something different (RA-07). */
    public boolean differsFrom(String policeRiskLevel) {
        return policeRiskLevel != null && !policeRiskLevel.equals(rating);
    }
}
