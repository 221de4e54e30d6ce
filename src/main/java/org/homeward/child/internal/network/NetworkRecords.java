package org.homeward.child.internal.network;

import java.util.List;
import java.util.UUID;

/** What the network pages ask of the service that keeps associates or locations; each view and change is audited. */
interface NetworkRecords<R extends NetworkRecord, F extends NetworkForm> {

    /** The records linked to the child, for the child's list. */
    List<?> forChild(UUID childId);

    /** @throws org.springframework.web.server.ResponseStatusException 404 when there is no such record */
    R find(UUID id);

    /** The record for its own page, the view audited on the trail of each child it is linked to. */
    R open(UUID id);

    /**
     * Saves the edit only if nobody else saved the record since the editor opened it.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else did
     */
    R update(UUID id, F form);

    void unlink(UUID childId, UUID recordId);
}
