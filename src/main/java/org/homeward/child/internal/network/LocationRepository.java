package org.homeward.child.internal.network;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface LocationRepository extends ListCrudRepository<Location, UUID> {
}
