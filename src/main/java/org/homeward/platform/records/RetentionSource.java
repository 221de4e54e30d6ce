package org.homeward.platform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A module that keeps records for a retention period (DOMAIN.md IS-08) names its record types, says
 * from which date each record's period runs, and disposes of a record once disposal is approved. How
 * long each type is kept is configuration (the records module's retention rules), not the module's.
 */
public interface RetentionSource {

    /** The record types this module keeps, as the retention rules name them: {@code supervision}. */
    Set<String> recordTypes();

    /** Records of the type whose retention period runs from {@code anchoredBy} or earlier, oldest first. */
    List<RetainedRecord> anchoredBy(String recordType, LocalDate anchoredBy);

    Optional<RetainedRecord> find(String recordType, UUID id);

    /**
     * Disposes of the record, in the caller's transaction: its rows are deleted, not hidden. Called
     * only for an approved disposal of a record whose retention has ended.
     */
    void dispose(String recordType, UUID id);
}
