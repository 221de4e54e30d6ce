package org.homeward.child.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.child.AssociateSummary;
import org.homeward.child.LocationSummary;
import org.homeward.child.MissingReport;

/**
 * What the council holds that the police need when a child is reported missing (DOMAIN.md RA-06,
 * IS-05), as structured data; the PDF is the same pack laid out for reading. A pack issued when an
 * episode was reported also carries that episode and its part 2; one generated on request does not.
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
        List<String> currentRisksAndPlans,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID episodeId,
        @JsonInclude(JsonInclude.Include.NON_NULL) MissingReport part2) {

    PolicePack issuedFor(UUID episode, MissingReport report) {
        return new PolicePack(recordId, generatedAt, generatedBy, child, responsibility, photograph, philomena,
                associates, locations, currentRisksAndPlans, episode, report);
    }

    /** The pack for a role that may not see health information (special category, UK GDPR Art. 9). */
    PolicePack withoutHealth() {
        Profile p = philomena == null ? null : new Profile(philomena.height, philomena.build, philomena.hair,
                philomena.eyes, philomena.distinguishingFeatures, philomena.phones, philomena.socialMedia, null, null,
                philomena.finances, philomena.transport, philomena.missingHistory, philomena.vulnerabilities,
                philomena.completedBy, philomena.completedOn, philomena.reviewDue, philomena.reviewOverdue,
                philomena.warnings);
        return new PolicePack(recordId, generatedAt, generatedBy, child, responsibility, photograph, p, associates,
                locations, currentRisksAndPlans, episodeId, part2);
    }

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
