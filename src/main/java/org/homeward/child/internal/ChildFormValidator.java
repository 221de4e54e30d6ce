package org.homeward.child.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks what Bean Validation on {@link ChildForm} cannot: other names, the date of birth, codes in force, people and
 * teams in the directory, a school's name with its URN and identifiers' check characters; with messages that say how
 * to put it right.
 */
@Component
class ChildFormValidator {

    /**
     * A care leaver is supported up to 25 (Children and Social Work Act 2017, s.3): nobody with a
     * record here is 26 or older, so an earlier date of birth is a typing slip.
     */
    static final int OLDEST_AGE = 26;
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final Vocabularies vocabularies;
    private final Directory directory;
    private final Clock clock;

    ChildFormValidator(Vocabularies vocabularies, Directory directory, Clock clock) {
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.clock = clock;
    }

    /** @return the date of birth when it is valid */
    Optional<LocalDate> validate(ChildForm form, Errors errors) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if (form.aliasList().size() > 20) {
            errors.rejectValue("aliases", "tooMany", "Enter 20 other names or fewer");
        } else if (form.aliasList().stream().anyMatch(a -> a.length() > 200)) {
            errors.rejectValue("aliases", "tooLong", "Each other name must be 200 characters or fewer");
        }

        Optional<LocalDate> dob = Optional.empty();
        if (form.dateOfBirth().blank()) {
            errors.rejectValue("dobDay", "required", "Enter the child's date of birth");
        } else {
            dob = form.dateOfBirth().toDate();
            if (dob.isEmpty()) {
                errors.rejectValue("dobDay", "invalid", "Date of birth must be a real date, for example 27 3 2012");
            } else if (dob.get().isAfter(today)) {
                errors.rejectValue("dobDay", "future", "Date of birth must be today or in the past");
                dob = Optional.empty();
            } else if (!dob.get().isAfter(today.minusYears(OLDEST_AGE))) {
                errors.rejectValue("dobDay", "tooEarly", "Date of birth must be after "
                        + DATE.format(today.minusYears(OLDEST_AGE)) + ": Homeward records children and care leavers up to 25");
                dob = Optional.empty();
            }
        }

        coded(form.getSex(), "sex", today, "sex", "Select the child's sex", true, errors);
        coded(form.getEthnicity(), "ethnicity", today, "ethnicity", "Select the child's ethnicity from the list", false, errors);
        coded(form.getSenStatus(), "sen", today, "senStatus", "Select the child's special educational needs", false, errors);
        coded(form.getLegalStatus(), "legal-status", today, "legalStatus", "Select the child's legal status", true, errors);

        known(form.getResponsibleAuthorityId(), directory.localAuthorities(), "responsibleAuthorityId",
                "Select the responsible local authority from the list", errors);
        if (form.getLegalStatus() != null && form.getLegalStatus().startsWith("LAC_") && form.getResponsibleAuthorityId() == null) {
            errors.rejectValue("responsibleAuthorityId", "required",
                    "Select the local authority that looks after the child");
        }
        known(form.getAllocatedWorkerId(), directory.caseHolders(), "allocatedWorkerId",
                "Select the allocated worker from the list", errors);
        known(form.getAllocatedTeamId(), directory.teams(), "allocatedTeamId", "Select the allocated team from the list", errors);

        known(form.getIroId(), directory.iros(), "iroId",
                "Select the Independent Reviewing Officer from the list", errors);
        if (form.getSchoolUrn() != null && !errors.hasFieldErrors("schoolUrn") && form.getSchoolName() == null) {
            errors.rejectValue("schoolName", "required", "Enter the name of the school the URN belongs to");
        }
        String pnc = Identifiers.compactPnc(form.getPncId());
        if (pnc != null && !Identifiers.validPnc(pnc)) {
            errors.rejectValue("pncId", "invalid",
                    "Enter the PNC ID as the year, a slash, the number and the check letter, like 12/345678A");
        }
        String nhs = Identifiers.compact(form.getNhsNumber());
        if (nhs != null && !Identifiers.validNhsNumber(nhs)) {
            errors.rejectValue("nhsNumber", "invalid",
                    "Enter a valid NHS number: 10 digits, like 943 476 5919, with a correct last (check) digit");
        }
        String upn = Identifiers.compact(form.getUpn());
        if (upn != null && !Identifiers.validUpn(upn)) {
            errors.rejectValue("upn", "invalid",
                    "Enter a valid unique pupil number: a letter followed by 12 characters, with a correct check letter");
        }
        return errors.hasErrors() ? Optional.empty() : dob;
    }

    private void coded(String value, String vocabulary, LocalDate on, String field, String message, boolean required,
                       Errors errors) {
        if (value == null) {
            if (required) {
                errors.rejectValue(field, "required", message);
            }
        } else if (!vocabularies.inForce(vocabulary, value, on)) {
            errors.rejectValue(field, "invalid", message);
        }
    }

    private static void known(String value, java.util.List<Directory.Option> options, String field, String message,
                              Errors errors) {
        if (value == null) {
            return;
        }
        UUID id = ChildForm.uuid(value);
        Set<UUID> ids = options.stream().map(Directory.Option::id).collect(Collectors.toSet());
        if (id == null || !ids.contains(id)) {
            errors.rejectValue(field, "invalid", message);
        }
    }
}
