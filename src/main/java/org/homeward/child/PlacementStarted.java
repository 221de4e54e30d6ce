package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement has been recorded, published in the transaction that records it: out of area when
 * the host authority differs from the placing authority, so that the host can be told (DOMAIN.md XB-01).
 */
public record PlacementStarted(UUID placementId, UUID childId, UUID placingAuthorityId, UUID hostAuthorityId,
                               UUID hostPoliceForceId, LocalDate startDate, UUID recordedBy) {

    public boolean outOfArea() {
        return !placingAuthorityId.equals(hostAuthorityId);
    }
}
