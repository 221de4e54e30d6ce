package org.homeward.platform.records;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record kept for a retention period: its type and id, a description for the people deciding on
 * its disposal, the date its period runs from (a date of birth, the last supervision), and the child
 * it is the record of, if it is a child's whole record.
 */
public record RetainedRecord(String recordType, UUID id, String description, LocalDate runsFrom, UUID childId) {
}
