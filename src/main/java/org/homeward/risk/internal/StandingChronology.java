package org.homeward.risk.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/** Each standing risk of going missing assessment in the child's chronology. */
@Component
class StandingChronology implements ChronologySource {

    private final StandingAssessments records;

    StandingChronology(StandingAssessments records) {
        this.records = records;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return records.forChild(childId).stream().map(a -> new ChronologyEntry(a.recordedAt(),
                "Risk of going missing assessment", "Risk of going missing assessed: "
                        + StandingAssessmentService.label(a.riskLevel()).toLowerCase(Locale.UK),
                "Placement area " + StandingAssessmentService.label(a.areaRisk()).toLowerCase(Locale.UK)
                        + "; review due " + Dates.ofDay(a.reviewDue()) + " (" + a.recordedByName() + ")",
                StandingAssessmentService.href(childId))).toList();
    }
}
