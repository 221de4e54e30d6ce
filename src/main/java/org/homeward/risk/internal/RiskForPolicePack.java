package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.child.CurrentRisksAndPlans;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.risk.ExploitationScreenings;
import org.springframework.stereotype.Component;

/**
 * The council's latest assessments of the child for the police information pack (DOMAIN.md RA-06):
 * the standing risk of going missing assessment and its plan, the latest missing risk screening and
 * the latest exploitation screening, each with its level and date. The exploitation screening's
 * detail stays in Homeward: the pack gives only its category, which is what a search needs.
 */
@Component
class RiskForPolicePack implements CurrentRisksAndPlans {

    private final StandingAssessments standing;
    private final ScreeningRecords screenings;
    private final ExploitationScreenings exploitation;
    private final Vocabularies vocabularies;

    RiskForPolicePack(StandingAssessments standing, ScreeningRecords screenings, ExploitationScreenings exploitation,
                      Vocabularies vocabularies) {
        this.standing = standing;
        this.screenings = screenings;
        this.exploitation = exploitation;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<String> forPolicePack(UUID childId) {
        List<String> lines = new ArrayList<>();
        standing.latest(childId).ifPresent(a -> lines.add("Risk of going missing (standing assessment of "
                + Dates.ofDay(a.assessedOn()) + "): " + lower(StandingAssessmentService.label(a.riskLevel()))
                + "; placement area " + lower(StandingAssessmentService.label(a.areaRisk())) + ". What would make the child go missing: "
                + a.triggers() + " Plan: " + a.plan() + " (review due " + Dates.ofDay(a.reviewDue()) + ")"));
        screenings.latestForChild(childId).ifPresent(s -> lines.add("Council missing risk screening (latest, "
                + Dates.dayOf(s.screenedAt()) + "): " + lower(vocabularies.label(ScreeningService.RATINGS, s.rating())
                .orElse(s.rating())) + " risk"));
        exploitation.latest(childId).ifPresent(e -> lines.add("Exploitation screening (latest, "
                + Dates.ofDay(e.assessedOn()) + "): " + e.category() + " (" + e.instrumentVersion() + ")"));
        return lines;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
