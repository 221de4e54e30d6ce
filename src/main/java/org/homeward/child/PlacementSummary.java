package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/** A placement as other modules need it: where, whose, and whether it is out of the placing area. */
public record PlacementSummary(UUID id, UUID childId, String type, String providerName, String address,
                               UUID placingAuthorityId, String placingAuthority, UUID hostAuthorityId,
                               String hostAuthority, UUID hostPoliceForceId, String hostPoliceForce,
                               LocalDate startDate, LocalDate endDate, boolean addressWithheld) {

    static final String WITHHELD = "Withheld: a refuge or non-disclosure address";

    /** The address as it may be shared, packed or exported: withheld for a refuge or non-disclosure order (IS-07). */
    public String addressToShare() {
        return addressWithheld ? WITHHELD : address;
    }

    /** Out of area: the child lives in another authority's area than the one that placed them. */
    public boolean outOfArea() {
        return !placingAuthorityId.equals(hostAuthorityId);
    }
}
