package org.homeward.sharing.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.DateInput;

/**
 * A sharing agreement as typed. The shape of each text answer is checked as it arrives; the parties, against the
 * directory, and the dates, against each other, by {@link AgreementController}.
 */
public class AgreementForm {

    static final List<String> FIELD_ORDER = List.of("title", "parties", "purpose", "lawfulBasis", "startsDay",
            "reviewDay", "endsDay", "documentReference");

    @NotNull(message = "Enter the agreement's title")
    @Size(max = 200, message = "The title must be 200 characters or fewer")
    private String title;
    private List<String> parties = new ArrayList<>();
    @NotNull(message = "Enter what the agencies share and why")
    @Size(max = 2000, message = "The purpose must be 2000 characters or fewer")
    private String purpose;
    @NotNull(message = "Enter the lawful basis, for example UK GDPR Article 6(1)(e) and Article 9(2)(g)")
    @Size(max = 1000, message = "The lawful basis must be 1000 characters or fewer")
    private String lawfulBasis;
    private String startsDay;
    private String startsMonth;
    private String startsYear;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String endsDay;
    private String endsMonth;
    private String endsYear;
    @Size(max = 500, message = "The document reference must be 500 characters or fewer")
    private String documentReference;

    DateInput starts() { return new DateInput(startsDay, startsMonth, startsYear); }
    DateInput review() { return new DateInput(reviewDay, reviewMonth, reviewYear); }
    DateInput ends() { return new DateInput(endsDay, endsMonth, endsYear); }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> v) { parties = v == null ? new ArrayList<>() : v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(String v) { lawfulBasis = v; }
    public String getStartsDay() { return startsDay; }
    public void setStartsDay(String v) { startsDay = v; }
    public String getStartsMonth() { return startsMonth; }
    public void setStartsMonth(String v) { startsMonth = v; }
    public String getStartsYear() { return startsYear; }
    public void setStartsYear(String v) { startsYear = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
    public String getEndsDay() { return endsDay; }
    public void setEndsDay(String v) { endsDay = v; }
    public String getEndsMonth() { return endsMonth; }
    public void setEndsMonth(String v) { endsMonth = v; }
    public String getEndsYear() { return endsYear; }
    public void setEndsYear(String v) { endsYear = v; }
    public String getDocumentReference() { return documentReference; }
    public void setDocumentReference(String v) { documentReference = v; }
}
