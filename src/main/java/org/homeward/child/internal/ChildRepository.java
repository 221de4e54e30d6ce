package org.homeward.child.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildRepository extends ListCrudRepository<Child, UUID> {

    /** The agency that first recorded the child is involved with them (a police force adding a child unknown to the council). */
    @org.springframework.data.jdbc.repository.query.Modifying
    @org.springframework.data.jdbc.repository.query.Query("update child set recorded_by_agency_id = :agency where id = :id")
    void recordedBy(UUID id, UUID agency);
}
