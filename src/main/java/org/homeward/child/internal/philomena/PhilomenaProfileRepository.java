package org.homeward.child.internal.philomena;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PhilomenaProfileRepository extends ListCrudRepository<PhilomenaProfile, UUID> {

    Optional<PhilomenaProfile> findByChildId(UUID childId);
}
