package org.homeward.child;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that records episodes, so that the child's pages say whether the child
 * is missing now and how often they went missing without this module depending on that one.
 */
public interface MissingStatus {

    /** The episodes the child is missing in now, latest first; empty when they are not missing. */
    List<Missing> missingNow(UUID childId);

    /** How many of the child's episodes began (the child last seen) after {@code since}. */
    long episodesSince(UUID childId, Instant since);

    /** When the child was last seen, and the episode's page. */
    record Missing(Instant lastSeenAt, String href) {
    }
}
