package org.homeward.oversight.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation matrix (DOMAIN.md OV-02): each step names when it fires (a task overdue by a time or
 * by working days, a high-risk task at once, or a child missing longer than a time) and to whom. Set
 * in application.yaml; each step happens once per task, or once per episode for a prolonged episode.
 */
@ConfigurationProperties("homeward.oversight.escalation")
public record EscalationMatrix(List<Step> steps, Duration handoverAcknowledgeWithin) {

    /**
     * Whom a step tells. SUPERVISOR is whoever supervises the owner: the owning team's managers, else
     * the owner's (or the team's members') supervisor on record, else the named senior managers.
     */
    public enum To { TEAM_MANAGER, SUPERVISOR, SENIOR_MANAGER, DIRECTOR, LEAD_MEMBER }

    /**
     * Exactly one of {@code overdueBy}, {@code overdueByWorkingDays}, {@code highRisk} (task steps) or
     * {@code missingLongerThan} (the child's episode). {@code kinds}, when given, limits a task step to
     * tasks of those kinds.
     */
    public record Step(String name, Duration overdueBy, Integer overdueByWorkingDays, boolean highRisk,
                       Duration missingLongerThan, List<String> kinds, To to) {

        public Step {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }

        boolean prolongedEpisode() {
            return missingLongerThan != null;
        }

        boolean appliesTo(String kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }
    }

    public EscalationMatrix {
        steps = steps == null || steps.isEmpty() ? List.of(
                new Step("overdue-team-manager", Duration.ofHours(4), null, false, null, null, To.TEAM_MANAGER),
                new Step("overdue-senior-manager", null, 1, false, null, null, To.SENIOR_MANAGER),
                new Step("high-risk-senior-manager", null, null, true, null, null, To.SENIOR_MANAGER),
                new Step("overdue-review-supervisor", Duration.ZERO, null, false, null,
                        List.of(EpisodeReviews.EPISODE_REVIEW), To.SUPERVISOR),
                new Step("prolonged-episode-director", null, null, false, Duration.ofHours(72), null, To.DIRECTOR))
                : List.copyOf(steps);
        for (Step s : steps) {
            int when = (s.highRisk() ? 1 : 0) + (s.overdueBy() == null ? 0 : 1)
                    + (s.overdueByWorkingDays() == null ? 0 : 1) + (s.missingLongerThan() == null ? 0 : 1);
            if (s.name() == null || s.name().isBlank() || s.to() == null || when != 1
                    || (s.prolongedEpisode() && !s.kinds().isEmpty())) {
                throw new IllegalArgumentException("Each escalation step needs a name, whom to tell, and exactly one "
                        + "of high-risk, overdue-by, overdue-by-working-days and missing-longer-than (with no kinds)");
            }
        }
        handoverAcknowledgeWithin = handoverAcknowledgeWithin == null ? Duration.ofHours(1) : handoverAcknowledgeWithin;
    }
}
