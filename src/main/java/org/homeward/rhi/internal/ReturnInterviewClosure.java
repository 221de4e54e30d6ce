package org.homeward.rhi.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.episode.ClosureConditions;
import org.homeward.episode.EpisodeClosing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An episode does not close while its return home interview has no outcome (DOMAIN.md EP-01): held,
 * declined, not possible, or not offered with a recorded reason. When the outcome comes, an episode
 * someone asked to close closes then.
 */
@Component
class ReturnInterviewClosure implements ClosureConditions {

    static final String WAITING = "the return home interview has an outcome (held, declined, not possible, "
            + "or not offered with a reason)";

    private final OfferRecords records;
    private final ObjectProvider<EpisodeClosing> closing;

    ReturnInterviewClosure(OfferRecords records, ObjectProvider<EpisodeClosing> closing) {
        this.records = records;
        this.closing = closing;
    }

    @Override
    public List<String> unmetFor(UUID episodeId) {
        return records.forEpisode(episodeId).filter(Offer::open).map(o -> List.of(WAITING)).orElse(List.of());
    }

    /** The offers' outcomes are recorded: close the episodes that were waiting for them. */
    void outcomeRecorded(List<UUID> offerIds, CurrentUser by) {
        EpisodeClosing episodes = closing.getIfAvailable();
        if (episodes == null) {
            return;
        }
        for (UUID offerId : offerIds) {
            records.find(offerId).ifPresent(o -> episodes.closeIfAsked(o.episodeId(), by));
        }
    }
}
