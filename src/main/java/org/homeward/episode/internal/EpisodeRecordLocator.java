package org.homeward.episode.internal;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child each of this module's record pages is about, for the one access guard. */
@Component
class EpisodeRecordLocator extends TableChildRecordLocator {

    EpisodeRecordLocator(JdbcClient jdbc) {
        super(jdbc, Map.of("episodes", "episode", "police-messages", "police_message"));
    }
}
