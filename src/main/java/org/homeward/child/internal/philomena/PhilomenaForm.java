package org.homeward.child.internal.philomena;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.DateInput;
import org.springframework.web.multipart.MultipartFile;

/**
 * Part 1 as typed: every answer is text until it has been checked. The shape of each answer is checked as it arrives;
 * the dates and the photograph, which comes as its own part, by {@link PhilomenaFormValidator}.
 */
class PhilomenaForm {

    static final List<String> FIELD_ORDER = List.of("height", "build", "hair", "eyes", "distinguishingFeatures",
            "photo", "photoTakenDay", "phones", "socialMedia", "medicalNeeds", "medication", "finances", "transport",
            "missingHistory", "vulnerabilities", "completedBy", "completedOnDay", "reviewDueDay");

    @Size(max = 50, message = "Height must be 50 characters or fewer")
    private String height;
    @Size(max = 100, message = "Build must be 100 characters or fewer")
    private String build;
    @Size(max = 200, message = "Hair must be 200 characters or fewer")
    private String hair;
    @Size(max = 100, message = "Eyes must be 100 characters or fewer")
    private String eyes;
    @Size(max = 2000, message = "Distinguishing features must be 2000 characters or fewer")
    private String distinguishingFeatures;
    /** The photograph chosen this time, if any: never sent back to the browser. */
    private MultipartFile photo;
    private String photoTakenDay;
    private String photoTakenMonth;
    private String photoTakenYear;
    @Size(max = 1000, message = "Phones must be 1000 characters or fewer")
    private String phones;
    @Size(max = 1000, message = "Social media must be 1000 characters or fewer")
    private String socialMedia;
    @Size(max = 2000, message = "Medical needs must be 2000 characters or fewer")
    private String medicalNeeds;
    @Size(max = 2000, message = "Medication must be 2000 characters or fewer")
    private String medication;
    @Size(max = 2000, message = "Finances must be 2000 characters or fewer")
    private String finances;
    @Size(max = 2000, message = "Transport must be 2000 characters or fewer")
    private String transport;
    @Size(max = 4000, message = "Previous missing history must be 4000 characters or fewer")
    private String missingHistory;
    @Size(max = 4000, message = "Vulnerabilities must be 4000 characters or fewer")
    private String vulnerabilities;
    @NotNull(message = "Enter the name of the person who completed the profile")
    @Size(max = 200, message = "Completed by must be 200 characters or fewer")
    private String completedBy;
    private String completedOnDay;
    private String completedOnMonth;
    private String completedOnYear;
    private String reviewDueDay;
    private String reviewDueMonth;
    private String reviewDueYear;
    private Long version;

    static PhilomenaForm of(PhilomenaProfile p) {
        PhilomenaForm f = new PhilomenaForm();
        f.height = p.height();
        f.build = p.build();
        f.hair = p.hair();
        f.eyes = p.eyes();
        f.distinguishingFeatures = p.distinguishingFeatures();
        f.setPhotoTaken(DateInput.of(p.photoTakenOn()));
        f.phones = p.phones();
        f.socialMedia = p.socialMedia();
        f.medicalNeeds = p.medicalNeeds();
        f.medication = p.medication();
        f.finances = p.finances();
        f.transport = p.transport();
        f.missingHistory = p.missingHistory();
        f.vulnerabilities = p.vulnerabilities();
        f.completedBy = p.completedBy();
        f.setCompletedOn(DateInput.of(p.completedOn()));
        f.setReviewDue(DateInput.of(p.reviewDue()));
        f.version = p.version();
        return f;
    }

    /** The dates that have passed validation, to build the profile from. */
    record Dates(LocalDate photoTakenOn, LocalDate completedOn, LocalDate reviewDue) {
    }

    DateInput photoTaken() {
        return new DateInput(photoTakenDay, photoTakenMonth, photoTakenYear);
    }

    DateInput completedOn() {
        return new DateInput(completedOnDay, completedOnMonth, completedOnYear);
    }

    DateInput reviewDue() {
        return new DateInput(reviewDueDay, reviewDueMonth, reviewDueYear);
    }

    void setPhotoTaken(DateInput d) {
        photoTakenDay = d.day();
        photoTakenMonth = d.month();
        photoTakenYear = d.year();
    }

    void setCompletedOn(DateInput d) {
        completedOnDay = d.day();
        completedOnMonth = d.month();
        completedOnYear = d.year();
    }

    void setReviewDue(DateInput d) {
        reviewDueDay = d.day();
        reviewDueMonth = d.month();
        reviewDueYear = d.year();
    }

    /** Builds the profile from answers that have passed validation. */
    PhilomenaProfile toProfile(UUID id, UUID childId, Dates dates, Instant photoUploadedAt, Instant createdAt,
                               Instant updatedAt, Long version) {
        return new PhilomenaProfile(id, childId, height, build, hair, eyes, distinguishingFeatures,
                dates.photoTakenOn(), photoUploadedAt, phones, socialMedia, medicalNeeds, medication, finances,
                transport, missingHistory, vulnerabilities, completedBy, dates.completedOn(), dates.reviewDue(),
                createdAt, updatedAt, version);
    }

    public String getHeight() { return height; }
    public void setHeight(String v) { height = v; }
    public String getBuild() { return build; }
    public void setBuild(String v) { build = v; }
    public String getHair() { return hair; }
    public void setHair(String v) { hair = v; }
    public String getEyes() { return eyes; }
    public void setEyes(String v) { eyes = v; }
    public String getDistinguishingFeatures() { return distinguishingFeatures; }
    public void setDistinguishingFeatures(String v) { distinguishingFeatures = v; }
    public MultipartFile getPhoto() { return photo; }
    public void setPhoto(MultipartFile v) { photo = v; }
    public String getPhotoTakenDay() { return photoTakenDay; }
    public void setPhotoTakenDay(String v) { photoTakenDay = v; }
    public String getPhotoTakenMonth() { return photoTakenMonth; }
    public void setPhotoTakenMonth(String v) { photoTakenMonth = v; }
    public String getPhotoTakenYear() { return photoTakenYear; }
    public void setPhotoTakenYear(String v) { photoTakenYear = v; }
    public String getPhones() { return phones; }
    public void setPhones(String v) { phones = v; }
    public String getSocialMedia() { return socialMedia; }
    public void setSocialMedia(String v) { socialMedia = v; }
    public String getMedicalNeeds() { return medicalNeeds; }
    public void setMedicalNeeds(String v) { medicalNeeds = v; }
    public String getMedication() { return medication; }
    public void setMedication(String v) { medication = v; }
    public String getFinances() { return finances; }
    public void setFinances(String v) { finances = v; }
    public String getTransport() { return transport; }
    public void setTransport(String v) { transport = v; }
    public String getMissingHistory() { return missingHistory; }
    public void setMissingHistory(String v) { missingHistory = v; }
    public String getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(String v) { vulnerabilities = v; }
    public String getCompletedBy() { return completedBy; }
    public void setCompletedBy(String v) { completedBy = v; }
    public String getCompletedOnDay() { return completedOnDay; }
    public void setCompletedOnDay(String v) { completedOnDay = v; }
    public String getCompletedOnMonth() { return completedOnMonth; }
    public void setCompletedOnMonth(String v) { completedOnMonth = v; }
    public String getCompletedOnYear() { return completedOnYear; }
    public void setCompletedOnYear(String v) { completedOnYear = v; }
    public String getReviewDueDay() { return reviewDueDay; }
    public void setReviewDueDay(String v) { reviewDueDay = v; }
    public String getReviewDueMonth() { return reviewDueMonth; }
    public void setReviewDueMonth(String v) { reviewDueMonth = v; }
    public String getReviewDueYear() { return reviewDueYear; }
    public void setReviewDueYear(String v) { reviewDueYear = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
