package org.homeward.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the child's record says of their identity (codes as recorded, null when not recorded), for a
 * case-file audit's line on diversity and its report's breakdown. Special-category data (UK GDPR Art. 9).
 */
public record ChildDiversity(UUID id, LocalDate dateOfBirth, String sex, String genderIdentity, String ethnicity,
                             String firstLanguage, Boolean interpreterNeeded, String disability, String religion,
                             String sexualOrientation, String legalStatus) {
}
