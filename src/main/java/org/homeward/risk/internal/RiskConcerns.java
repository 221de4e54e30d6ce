package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.SafetyConcerns;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/** The council's latest risk rating and the latest exploitation screening's category. */
@Component
class RiskConcerns implements SafetyConcerns {

    private final ScreeningRecords screenings;
    private final ExploitationRecords exploitation;
    private final ExploitationService exploitationService;
    private final Vocabularies vocabularies;

    RiskConcerns(ScreeningRecords screenings, ExploitationRecords exploitation, ExploitationService exploitationService,
                 Vocabularies vocabularies) {
        this.screenings = screenings;
        this.exploitation = exploitation;
        this.exploitationService = exploitationService;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<String> safetyConcernsFor(UUID childId) {
        List<String> concerns = new ArrayList<>();
        screenings.latestForChild(childId).ifPresent(s -> concerns.add("Council risk: "
                + vocabularies.label(ScreeningService.RATINGS, s.rating()).orElse(s.rating())
                + " (screened " + Dates.ofInstant(s.screenedAt()) + ")"));
        exploitation.latest(childId).ifPresent(s -> concerns.add("Exploitation screening: "
                + exploitationService.instrument(s.instrumentCode()).map(i -> i.category(s.category()).label())
                        .orElse("category " + s.category())
                + " (assessed " + Dates.ofDay(s.assessedOn()) + ")"));
        return concerns;
    }
}
