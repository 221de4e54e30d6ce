package org.homeward.platform.records;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a child's record is about, for the records pages: given by the module that keeps children, so records
 * depends on no module that gives it sections.
 */
public interface RecordSubjects {

    /** A child's name and date of birth. */
    record Subject(UUID id, String name, LocalDate dateOfBirth) {
    }

    Optional<Subject> subject(UUID childId);
}
