package org.homeward.access;

import java.util.Set;
import java.util.UUID;

/**
 * Which children have been referred to an agency for a return home interview. Implemented by the
 * module that refers them, so that the access policy can hold a provider to its own children
 * (DOMAIN.md RHI-08) without depending on that module.
 */
public interface ChildReferrals {

    boolean referred(UUID agencyId, UUID childId);

    /** Every child referred to the agency. */
    Set<UUID> referredTo(UUID agencyId);
}
