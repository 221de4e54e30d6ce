package org.homeward.episode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that tells other councils of an episode (cross-border notices), so that
 * the episode page can show how and when each agency learned of it (DOMAIN.md EP-03) without this
 * module depending on that one.
 */
public interface AgencyNotices {

    /** One agency told of the episode: by whom, what, when sent (null while unsent) and acknowledged. */
    record AgencyNotice(String from, String to, String what, Instant sentAt, Instant acknowledgedAt, String href) {
    }

    List<AgencyNotice> forEpisode(UUID episodeId);
}
