package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A placement has ended (the child was discharged from it), published in the transaction that ends it. */
public record PlacementEnded(UUID placementId, UUID childId, UUID placingAuthorityId, UUID hostAuthorityId,
                             LocalDate endDate, UUID recordedBy) {

    public boolean outOfArea() {
        return !placingAuthorityId.equals(hostAuthorityId);
    }
}
