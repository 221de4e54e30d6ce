package org.homeward.oversight.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.springframework.stereotype.Component;

/** The IRO's decisions whether the care plan needs review after an episode, in the child's chronology. */
@Component
class CarePlanReviewChronology implements ChronologySource {

    private final CarePlanReviews reviews;

    CarePlanReviewChronology(CarePlanReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return reviews.decisionsFor(childId).stream().map(d -> new ChronologyEntry(d.decidedAt(), "Care plan",
                d.reviewNeeded() ? "IRO decided the care plan needs review" : "IRO decided the care plan does not need review",
                d.rationale() + " (" + d.decidedByName() + ")", CarePlanReviews.link(d.episodeId()))).toList();
    }
}
