package org.homeward.child;

import java.time.Instant;
import java.util.UUID;

/** That a police information pack was issued for an episode: when, and by whom (name and agency). */
public record IssuedPolicePack(UUID id, UUID episodeId, Instant issuedAt, String issuedBy) {
}
