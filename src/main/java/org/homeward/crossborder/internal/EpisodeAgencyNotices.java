package org.homeward.crossborder.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.episode.AgencyNotices;
import org.springframework.stereotype.Component;

/** The cross-border notices about an episode, for the episode page's account of who was told when. */
@Component
class EpisodeAgencyNotices implements AgencyNotices {

    private final Notices notices;

    EpisodeAgencyNotices(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<AgencyNotice> forEpisode(UUID episodeId) {
        return notices.forEpisode(episodeId).stream()
                .map(n -> new AgencyNotice(n.fromAgency(), n.toAgencyName(), n.kindLabel(), n.sentAt(),
                        n.acknowledgedAt(), "/cross-border/notices/" + n.id()))
                .toList();
    }
}
