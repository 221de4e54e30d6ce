package org.homeward.child.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildRepository extends ListCrudRepository<Child, UUID> {
}
