package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A placement as other modules need it: where, whose, and whether it is out of the placing area. */
public record PlacementSummary(UUID id, UUID childId, String type, String providerName, String address,
                               UUID placingAuthorityId, String placingAuthority, UUID hostAuthorityId,
                               String hostAuthority, UUID hostPoliceForceId, String hostPoliceForce,
                               LocalDate startDate, LocalDate endDate) {

    /** Out of area: the child lives in another authority's area than the one that placed them. */
    public boolean outOfArea() {
        return !placingAuthorityId.equals(hostAuthorityId);
    }
}
