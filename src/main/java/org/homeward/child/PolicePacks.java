package org.homeward.child;

import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;

/**
 * The police information pack issued when a child is reported missing (DOMAIN.md RA-06, IS-05),
 * kept as it was issued: what the police were given does not change when the record does.
 */
public interface PolicePacks {

    /**
     * Issues the pack as the child's record stands now, with part 2 of this episode, and keeps it.
     * Joins the caller's transaction, so the episode, its pack and the audit entry are saved together.
     */
    IssuedPolicePack issueForEpisode(UUID childId, UUID episodeId, MissingReport part2, CurrentUser issuedBy);

    /** The pack issued for this episode, if one was. */
    Optional<IssuedPolicePack> issuedFor(UUID episodeId);
}
