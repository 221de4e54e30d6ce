package org.homeward.episode.internal;

import java.util.UUID;
import org.homeward.child.ReferredChildPanel;
import org.homeward.episode.EpisodeHistory;
import org.springframework.stereotype.Component;

/** What happened in each of a referred child's episodes, for the return home interviewer (DOMAIN.md RHI-08). */
@Component
class ReferredChildEpisodes implements ReferredChildPanel {

    private final EpisodeHistory history;

    ReferredChildEpisodes(EpisodeHistory history) {
        this.history = history;
    }

    @Override
    public Panel panelFor(UUID childId) {
        return new Panel("episode/referred-episodes", "episodes", history.forChild(childId));
    }
}
