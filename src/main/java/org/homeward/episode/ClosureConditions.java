package org.homeward.episode;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that may hold an episode open (a manager's sign-off, the return home interview's
 * outcome), so that closing waits for them without this module depending on them.
 */
public interface ClosureConditions {

    /**
     * What must still happen before the episode closes, each phrased to follow "it closes as soon as"
     * ("a team or senior manager signs it off"); empty when nothing of this module's stands in the way.
     * Has no effect: pages call it to say what closing waits for.
     */
    List<String> unmetFor(UUID episodeId);

    /** Someone asked to close the episode while {@link #unmetFor} was not empty: start what it waits for. */
    default void closeAsked(UUID episodeId) {
    }
}
