package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.child.CurrentRisksAndPlans;
import org.homeward.child.SafetyConcerns;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.risk.ExploitationScreenings;
import org.springframework.stereotype.Component;

/**
 * The council's latest assessments of the child, for the child's safety concerns (the latest risk rating and
 * exploitation category) and for the police information pack (DOMAIN.md RA-06): the standing risk of going
 * missing assessment and its plan, the latest missing risk screening and the latest exploitation screening, each
 * with its level and date. The exploitation screening's detail stays in Homeward: the pack gives only its
 * category, which is what a search needs.
 */
@Component
class LatestRiskAssessments implements SafetyConcerns, CurrentRisksAndPlans {

    private final StandingAssessments standing;
    private final ScreeningRecords screenings;
    private final ExploitationScreenings exploitation;
    private final Vocabularies vocabularies;

    LatestRiskAssessments(StandingAssessments standing, ScreeningRecords screenings, ExploitationScreenings exploitation,
                          Vocabularies vocabularies) {
        this.standing = standing;
        this.screenings = screenings;
        this.exploitation = exploitation;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<String> safetyConcernsFor(UUID childId) {
        List<String> concerns = new ArrayList<>();
        screenings.latestForChild(childId).ifPresent(s -> concerns.add("Council risk: " + rating(s)
                + " (screened " + Dates.ofInstant(s.screenedAt()) + ")"));
        exploitation.latest(childId).ifPresent(e -> concerns.add("Exploitation screening: " + e.category()
                + " (assessed " + Dates.ofDay(e.assessedOn()) + ")"));
        return concerns;
    }

    @Override
    public List<String> forPolicePack(UUID childId) {
        List<String> lines = new ArrayList<>();
        standing.latest(childId).ifPresent(a -> lines.add("Risk of going missing (standing assessment of "
                + Dates.ofDay(a.assessedOn()) + "): " + lower(StandingAssessmentService.label(a.riskLevel()))
                + "; placement area " + lower(StandingAssessmentService.label(a.areaRisk())) + ". What would make the child go missing: "
                + a.triggers() + " Plan: " + a.plan() + " (review due " + Dates.ofDay(a.reviewDue()) + ")"));
        screenings.latestForChild(childId).ifPresent(s -> lines.add("Council missing risk screening (latest, "
                + Dates.dayOf(s.screenedAt()) + "): " + lower(rating(s)) + " risk"));
        exploitation.latest(childId).ifPresent(e -> lines.add("Exploitation screening (latest, "
                + Dates.ofDay(e.assessedOn()) + "): " + e.category() + " (" + e.instrumentVersion() + ")"));
        return lines;
    }

    /** The council's rating in the partnership's words. */
    private String rating(Screening s) {
        return vocabularies.label(ScreeningService.RATINGS, s.rating()).orElse(s.rating());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
