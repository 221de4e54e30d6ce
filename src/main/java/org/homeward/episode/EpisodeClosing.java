package org.homeward.episode;

import java.util.UUID;
import org.homeward.access.CurrentUser;

/**
 * Closes an episode someone asked to close once what held it open (a manager's sign-off) is done, so
 * that nobody has to close it a second time. Called by the module that held it open.
 */
public interface EpisodeClosing {

    /** Closes the episode with the note it was asked to close with, if it was asked and nothing stands in the way. */
    void closeIfAsked(UUID episodeId, CurrentUser by);
}
