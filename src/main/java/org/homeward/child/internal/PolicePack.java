package org.homeward.child.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.child.AssociateSummary;
import org.homeward.child.LocationSummary;

/**
 * What the council holds that the police need when a child is reported missing (DOMAIN.md RA-06,
 * IS-05), as structured data; the PDF is the same pack laid out for reading.
 */
record PolicePack(
        UUID recordId,
        Instant generatedAt,
        String generatedBy,
        Identity child,
        Responsibility responsibility,
        Photograph photograph,
        Profile philomena,
        List<AssociateSummary> associates,
        List<LocationSummary> locations,
        List<String> currentRisksAndPlans) {

    record Identity(String name, List<String> otherNames, LocalDate dateOfBirth, int age, String sex,
                    String legalStatus, boolean lookedAfter, String councilCaseId, String policeNominalId,
                    String nhsNumber) {
    }

    record Responsibility(String responsibleAuthority, String allocatedWorker, String allocatedTeam,
                          String outOfHoursContact) {
    }

    /** The photograph as a data URI, so that the pack carries it wherever it is sent. */
    record Photograph(LocalDate takenOn, boolean outOfDate, String contentType, String data) {
    }

    /** Part 1 of the Philomena profile. Health fields are null for a role that may not see them. */
    record Profile(String height, String build, String hair, String eyes, String distinguishingFeatures,
                   String phones, String socialMedia, String medicalNeeds, String medication, String finances,
                   String transport, String missingHistory, String vulnerabilities, String completedBy,
                   LocalDate completedOn, LocalDate reviewDue, boolean reviewOverdue, List<String> warnings) {
    }
}
