package org.homeward.child.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.DateInput;

/**
 * The child's record as typed into the form: every answer is text until it has been checked. The shape of each answer
 * is checked as it arrives; other names, the date of birth, codes, people and identifiers with check characters by
 * {@link ChildFormValidator}.
 */
class ChildForm {

    /** The fields in page order, so that the error summary lists them as the page does. */
    static final List<String> FIELD_ORDER = List.of("givenNames", "familyName", "aliases", "dobDay", "sex",
            "genderIdentity", "ethnicity", "firstLanguage", "interpreterNeeded", "disability", "senStatus", "religion",
            "sexualOrientation", "legalStatus", "responsibleAuthorityId", "allocatedWorkerId", "allocatedTeamId",
            "iroId", "schoolName", "schoolUrn", "councilCaseId", "policeNominalId", "pncId", "missingPersonsRef",
            "nhsNumber", "upn");

    @NotNull(message = "Enter the child's first name")
    @Size(max = 100, message = "First names must be 100 characters or fewer")
    private String givenNames;
    @NotNull(message = "Enter the child's family name")
    @Size(max = 100, message = "Family name must be 100 characters or fewer")
    private String familyName;
    private String aliases;
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private String sex;
    @Size(max = 100, message = "Gender identity must be 100 characters or fewer")
    private String genderIdentity;
    private String ethnicity;
    @Size(max = 100, message = "First language must be 100 characters or fewer")
    private String firstLanguage;
    @Pattern(regexp = "yes|no", message = "Select yes if the child needs an interpreter, or no")
    private String interpreterNeeded;
    @Size(max = 500, message = "Disability must be 500 characters or fewer")
    private String disability;
    private String senStatus;
    @Size(max = 100, message = "Religion must be 100 characters or fewer")
    private String religion;
    @Size(max = 100, message = "Sexual orientation must be 100 characters or fewer")
    private String sexualOrientation;
    private String legalStatus;
    private String responsibleAuthorityId;
    private String allocatedWorkerId;
    private String allocatedTeamId;
    @Size(max = 50, message = "Council case ID must be 50 characters or fewer")
    private String councilCaseId;
    @Size(max = 50, message = "Police nominal ID must be 50 characters or fewer")
    private String policeNominalId;
    private String nhsNumber;
    private String upn;
    private String pncId;
    @Size(max = 50, message = "Missing persons reference must be 50 characters or fewer")
    private String missingPersonsRef;
    @Size(max = 200, message = "School must be 200 characters or fewer")
    private String schoolName;
    @Pattern(regexp = "[0-9]{6}", message = "Enter the school’s URN as 6 digits, like 109337")
    private String schoolUrn;
    private String iroId;
    private Long version;
    /** "yes" once the person has seen the records this child may duplicate and said it is a different child. */
    private String differentChild;

    static ChildForm of(Child c) {
        ChildForm f = new ChildForm();
        f.givenNames = c.givenNames();
        f.familyName = c.familyName();
        f.aliases = String.join("\n", c.aliasNames());
        DateInput dob = DateInput.of(c.dateOfBirth());
        f.dobDay = dob.day();
        f.dobMonth = dob.month();
        f.dobYear = dob.year();
        f.sex = c.sex();
        f.genderIdentity = c.genderIdentity();
        f.ethnicity = c.ethnicity();
        f.firstLanguage = c.firstLanguage();
        f.interpreterNeeded = c.interpreterNeeded() == null ? null : c.interpreterNeeded() ? "yes" : "no";
        f.disability = c.disability();
        f.senStatus = c.senStatus();
        f.religion = c.religion();
        f.sexualOrientation = c.sexualOrientation();
        f.legalStatus = c.legalStatus();
        f.responsibleAuthorityId = text(c.responsibleAuthorityId());
        f.allocatedWorkerId = text(c.allocatedWorkerId());
        f.allocatedTeamId = text(c.allocatedTeamId());
        f.councilCaseId = c.councilCaseId();
        f.policeNominalId = c.policeNominalId();
        f.nhsNumber = c.nhsNumber();
        f.upn = c.upn();
        f.pncId = c.pncId();
        f.missingPersonsRef = c.missingPersonsRef();
        f.schoolName = c.schoolName();
        f.schoolUrn = c.schoolUrn();
        f.iroId = text(c.iroId());
        f.version = c.version();
        return f;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    /** Whether the person has said this is a different child from the records it may duplicate. */
    boolean confirmedDifferentChild() {
        return "yes".equals(differentChild);
    }

    /** Every answer by its field name, to carry them unchanged through the possible-duplicates page. */
    java.util.Map<String, String> answers() {
        java.util.Map<String, String> a = new java.util.LinkedHashMap<>();
        a.put("givenNames", givenNames);
        a.put("familyName", familyName);
        a.put("aliases", aliases);
        a.put("dobDay", dobDay);
        a.put("dobMonth", dobMonth);
        a.put("dobYear", dobYear);
        a.put("sex", sex);
        a.put("genderIdentity", genderIdentity);
        a.put("ethnicity", ethnicity);
        a.put("firstLanguage", firstLanguage);
        a.put("interpreterNeeded", interpreterNeeded);
        a.put("disability", disability);
        a.put("senStatus", senStatus);
        a.put("religion", religion);
        a.put("sexualOrientation", sexualOrientation);
        a.put("legalStatus", legalStatus);
        a.put("responsibleAuthorityId", responsibleAuthorityId);
        a.put("allocatedWorkerId", allocatedWorkerId);
        a.put("allocatedTeamId", allocatedTeamId);
        a.put("councilCaseId", councilCaseId);
        a.put("policeNominalId", policeNominalId);
        a.put("nhsNumber", nhsNumber);
        a.put("upn", upn);
        a.put("pncId", pncId);
        a.put("missingPersonsRef", missingPersonsRef);
        a.put("schoolName", schoolName);
        a.put("schoolUrn", schoolUrn);
        a.put("iroId", iroId);
        a.values().removeIf(java.util.Objects::isNull);
        return a;
    }

    DateInput dateOfBirth() {
        return new DateInput(dobDay, dobMonth, dobYear);
    }

    List<String> aliasList() {
        return aliases == null ? List.of()
                : Arrays.stream(aliases.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Builds the record from answers that have passed validation. */
    Child toChild(UUID id, LocalDate dob, java.time.Instant createdAt, java.time.Instant updatedAt, Long version) {
        return new Child(id, givenNames, familyName, aliasList().stream().map(ChildAlias::new).toList(), dob, sex,
                genderIdentity, ethnicity, firstLanguage, interpreterNeeded == null ? null : interpreterNeeded.equals("yes"),
                disability, senStatus, religion, sexualOrientation, legalStatus, uuid(responsibleAuthorityId),
                uuid(allocatedWorkerId), uuid(allocatedTeamId), councilCaseId, policeNominalId,
                Identifiers.compact(nhsNumber), Identifiers.compact(upn), Identifiers.compactPnc(pncId),
                missingPersonsRef == null ? null : missingPersonsRef.strip(), schoolName,
                schoolUrn == null ? null : schoolUrn.strip(), uuid(iroId), createdAt, updatedAt, version);
    }

    static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { aliases = v; }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String v) { dobDay = v; }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String v) { dobMonth = v; }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String v) { dobYear = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(String v) { genderIdentity = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String v) { firstLanguage = v; }
    public String getInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(String v) { interpreterNeeded = v; }
    public String getDisability() { return disability; }
    public void setDisability(String v) { disability = v; }
    public String getSenStatus() { return senStatus; }
    public void setSenStatus(String v) { senStatus = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public String getSexualOrientation() { return sexualOrientation; }
    public void setSexualOrientation(String v) { sexualOrientation = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
    public String getResponsibleAuthorityId() { return responsibleAuthorityId; }
    public void setResponsibleAuthorityId(String v) { responsibleAuthorityId = v; }
    public String getAllocatedWorkerId() { return allocatedWorkerId; }
    public void setAllocatedWorkerId(String v) { allocatedWorkerId = v; }
    public String getAllocatedTeamId() { return allocatedTeamId; }
    public void setAllocatedTeamId(String v) { allocatedTeamId = v; }
    public String getCouncilCaseId() { return councilCaseId; }
    public void setCouncilCaseId(String v) { councilCaseId = v; }
    public String getPoliceNominalId() { return policeNominalId; }
    public void setPoliceNominalId(String v) { policeNominalId = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { upn = v; }
    public String getPncId() { return pncId; }
    public void setPncId(String v) { pncId = v; }
    public String getMissingPersonsRef() { return missingPersonsRef; }
    public void setMissingPersonsRef(String v) { missingPersonsRef = v; }
    public String getSchoolName() { return schoolName; }
    public void setSchoolName(String v) { schoolName = v; }
    public String getSchoolUrn() { return schoolUrn; }
    public void setSchoolUrn(String v) { schoolUrn = v; }
    public String getIroId() { return iroId; }
    public void setIroId(String v) { iroId = v; }
    public String getDifferentChild() { return differentChild; }
    public void setDifferentChild(String v) { differentChild = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
