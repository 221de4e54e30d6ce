package org.homeward.child.internal.philomena;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Part 1 of a child's Philomena Protocol form, completed before any episode by the child's carers
 * with their social worker, so the police have it the moment the child is reported missing
 * (DOMAIN.md C.5, CR-06). The photograph itself is kept apart: see {@link PhilomenaPhotos}.
 */
@Table("philomena_profile")
public record PhilomenaProfile(
        @Id UUID id,
        UUID childId,
        String height,
        String build,
        String hair,
        String eyes,
        String distinguishingFeatures,
        LocalDate photoTakenOn,
        Instant photoUploadedAt,
        String phones,
        String socialMedia,
        String medicalNeeds,
        String medication,
        String finances,
        String transport,
        String missingHistory,
        String vulnerabilities,
        String completedBy,
        LocalDate completedOn,
        LocalDate reviewDue,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    /** The fields people edit, by the label they see, in page order. */
    static final Map<String, Function<PhilomenaProfile, Object>> FIELDS = new LinkedHashMap<>();
    /** Health data is special category (UK GDPR Art. 9): shown only to roles that need it. */
    static final Set<String> SPECIAL_CATEGORY = Set.of("Medical needs", "Medication");

    static {
        FIELDS.put("Height", PhilomenaProfile::height);
        FIELDS.put("Build", PhilomenaProfile::build);
        FIELDS.put("Hair", PhilomenaProfile::hair);
        FIELDS.put("Eyes", PhilomenaProfile::eyes);
        FIELDS.put("Distinguishing features", PhilomenaProfile::distinguishingFeatures);
        FIELDS.put("Photograph", PhilomenaProfile::photoUploadedAt);
        FIELDS.put("Date photograph was taken", PhilomenaProfile::photoTakenOn);
        FIELDS.put("Phones", PhilomenaProfile::phones);
        FIELDS.put("Social media", PhilomenaProfile::socialMedia);
        FIELDS.put("Medical needs", PhilomenaProfile::medicalNeeds);
        FIELDS.put("Medication", PhilomenaProfile::medication);
        FIELDS.put("Finances", PhilomenaProfile::finances);
        FIELDS.put("Transport", PhilomenaProfile::transport);
        FIELDS.put("Previous missing history", PhilomenaProfile::missingHistory);
        FIELDS.put("Vulnerabilities", PhilomenaProfile::vulnerabilities);
        FIELDS.put("Completed by", PhilomenaProfile::completedBy);
        FIELDS.put("Date completed", PhilomenaProfile::completedOn);
        FIELDS.put("Review due", PhilomenaProfile::reviewDue);
    }

    public boolean hasPhoto() {
        return photoUploadedAt != null;
    }

    List<String> fieldsChangedFrom(PhilomenaProfile before) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((label, field) -> {
            if (before == null ? field.apply(this) != null : !Objects.equals(field.apply(before), field.apply(this))) {
                changed.add(label);
            }
        });
        return changed;
    }
}
