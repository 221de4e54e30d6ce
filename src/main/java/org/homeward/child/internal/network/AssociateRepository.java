package org.homeward.child.internal.network;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AssociateRepository extends ListCrudRepository<Associate, UUID> {
}
