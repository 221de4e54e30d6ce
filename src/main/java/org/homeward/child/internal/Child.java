package org.homeward.child.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One person record per child (DOMAIN.md CR-01, CR-02). */
@Table("child")
record Child(
        @Id UUID id,
        String givenNames,
        String familyName,
        @MappedCollection(idColumn = "child_id", keyColumn = "position") List<ChildAlias> aliases,
        LocalDate dateOfBirth,
        String sex,
        String genderIdentity,
        String ethnicity,
        String firstLanguage,
        Boolean interpreterNeeded,
        String disability,
        String senStatus,
        String religion,
        String sexualOrientation,
        String legalStatus,
        UUID responsibleAuthorityId,
        UUID allocatedWorkerId,
        UUID allocatedTeamId,
        String councilCaseId,
        String policeNominalId,
        String nhsNumber,
        String upn,
        String pncId,
        String missingPersonsRef,
        String schoolName,
        String schoolUrn,
        UUID iroId,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    /** The fields an audit entry names when they change, by the label people see. */
    static final Map<String, Function<Child, Object>> AUDITED_FIELDS = new LinkedHashMap<>();

    static {
        AUDITED_FIELDS.put("First names", Child::givenNames);
        AUDITED_FIELDS.put("Family name", Child::familyName);
        AUDITED_FIELDS.put("Other names", Child::aliasNames);
        AUDITED_FIELDS.put("Date of birth", Child::dateOfBirth);
        AUDITED_FIELDS.put("Sex", Child::sex);
        AUDITED_FIELDS.put("Gender identity", Child::genderIdentity);
        AUDITED_FIELDS.put("Ethnicity", Child::ethnicity);
        AUDITED_FIELDS.put("First language", Child::firstLanguage);
        AUDITED_FIELDS.put("Interpreter needed", Child::interpreterNeeded);
        AUDITED_FIELDS.put("Disability", Child::disability);
        AUDITED_FIELDS.put("Special educational needs", Child::senStatus);
        AUDITED_FIELDS.put("Religion", Child::religion);
        AUDITED_FIELDS.put("Sexual orientation", Child::sexualOrientation);
        AUDITED_FIELDS.put("Legal status", Child::legalStatus);
        AUDITED_FIELDS.put("Responsible local authority", Child::responsibleAuthorityId);
        AUDITED_FIELDS.put("Allocated worker", Child::allocatedWorkerId);
        AUDITED_FIELDS.put("Allocated team", Child::allocatedTeamId);
        AUDITED_FIELDS.put("Independent Reviewing Officer", Child::iroId);
        AUDITED_FIELDS.put("School", Child::schoolName);
        AUDITED_FIELDS.put("School URN", Child::schoolUrn);
        AUDITED_FIELDS.put("Council case ID", Child::councilCaseId);
        AUDITED_FIELDS.put("Police nominal ID", Child::policeNominalId);
        AUDITED_FIELDS.put("NHS number", Child::nhsNumber);
        AUDITED_FIELDS.put("Unique pupil number", Child::upn);
        AUDITED_FIELDS.put("PNC ID", Child::pncId);
        AUDITED_FIELDS.put("Missing persons reference", Child::missingPersonsRef);
    }

    String fullName() {
        return givenNames + " " + familyName;
    }

    List<String> aliasNames() {
        return aliases == null ? List.of() : aliases.stream().map(ChildAlias::name).toList();
    }

    boolean lookedAfter() {
        return legalStatus != null && legalStatus.startsWith("LAC_");
    }

    /** The labels of the fields whose values differ between this record and another. */
    List<String> fieldsChangedFrom(Child before) {
        List<String> changed = new ArrayList<>();
        AUDITED_FIELDS.forEach((label, field) -> {
            if (!Objects.equals(field.apply(before), field.apply(this))) {
                changed.add(label);
            }
        });
        return changed;
    }

    List<String> fieldsSet() {
        List<String> set = new ArrayList<>();
        AUDITED_FIELDS.forEach((label, field) -> {
            Object value = field.apply(this);
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                set.add(label);
            }
        });
        return set;
    }
}
