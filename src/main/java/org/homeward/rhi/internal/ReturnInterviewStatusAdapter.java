package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.episode.ReturnInterviewStatus;
import org.homeward.episode.ReturnInterviewStatuses;
import org.springframework.stereotype.Component;

/** The interview's status for the episode page, and its events for the child's chronology. */
@Component
class ReturnInterviewStatusAdapter implements ReturnInterviewStatuses, ChronologySource {

    private final OfferRecords records;
    private final FollowUps followUps;
    private final Clock clock;

    ReturnInterviewStatusAdapter(OfferRecords records, FollowUps followUps, Clock clock) {
        this.records = records;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public Optional<ReturnInterviewStatus> forEpisode(UUID episodeId) {
        Instant now = clock.instant();
        return records.forEpisode(episodeId).map(o -> new ReturnInterviewStatus(o.id(), o.status(now), o.dueAt(),
                o.held(), o.heldWithin72Hours(), o.open(), o.offeredWithin(), o.offeredAt(), o.outcomeRecordedAt()));
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Offer o : records.forChild(childId)) {
            String href = "/return-interviews/" + o.id();
            entries.add(new ChronologyEntry(o.returnedAt(), "Return interview", "Return home interview offer opened",
                    "Due within 72 hours of the return", href));
            if (o.held()) {
                entries.add(new ChronologyEntry(o.heldAt(), "Return interview", "Return home interview held",
                        (o.heldWithin72Hours() ? "Held within 72 hours" : "Held after 72 hours")
                                + (o.covered() ? "; one interview for this and another episode" : ""), href));

            } else if (o.outcome() != null && !o.outcome().equals("ACCEPTED")) {
                entries.add(new ChronologyEntry(o.outcomeAt(), "Return interview",
                        "Return home interview: " + Offer.Outcome.label(o.outcome()).toLowerCase(java.util.Locale.UK),
                        o.outcomeReason(), href));
            } else if (o.notOffered()) {
                entries.add(new ChronologyEntry(o.notOfferedAt(), "Return interview", "Return home interview not offered",
                        o.notOfferedReason(), href));
            }
        }
        for (FollowUps.PlanReview r : followUps.reflectedFor(childId)) {
            entries.add(new ChronologyEntry(r.reflectedAt(), "Return interview", "Interview findings reflected in plan",
                    r.planChange(), "/return-interviews/" + r.offerId() + "/plan"));
        }
        return entries;
    }
}
