package org.homeward.oversight.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation matrix (DOMAIN.md OV-02): each step names when it fires (overdue by a time, by
 * working days, or at once for a high-risk task) and to whom. Set in application.yaml.
 */
@ConfigurationProperties("homeward.oversight.escalation")
public record EscalationMatrix(List<Step> steps, Duration handoverAcknowledgeWithin) {

    public enum To { TEAM_MANAGER, SENIOR_MANAGER }

    /** {@code overdueBy} or {@code overdueByWorkingDays} for overdue tasks; {@code highRisk} for at once. */
    public record Step(String name, Duration overdueBy, Integer overdueByWorkingDays, boolean highRisk, To to) {
    }

    public EscalationMatrix {
        steps = steps == null || steps.isEmpty() ? List.of(
                new Step("overdue-team-manager", Duration.ofHours(4), null, false, To.TEAM_MANAGER),
                new Step("overdue-senior-manager", null, 1, false, To.SENIOR_MANAGER),
                new Step("high-risk-senior-manager", null, null, true, To.SENIOR_MANAGER)) : List.copyOf(steps);
        for (Step s : steps) {
            if (s.name() == null || s.name().isBlank() || s.to() == null
                    || (!s.highRisk() && (s.overdueBy() == null) == (s.overdueByWorkingDays() == null))) {
                throw new IllegalArgumentException("Each escalation step needs a name, whom to tell, and either "
                        + "high-risk or one of overdue-by and overdue-by-working-days");
            }
        }
        handoverAcknowledgeWithin = handoverAcknowledgeWithin == null ? Duration.ofHours(1) : handoverAcknowledgeWithin;
    }
}
