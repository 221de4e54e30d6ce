package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.platform.DateInput;

/** A process the episode is linked to: which, its reference, its date and a note. */
public class LinkForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("kind", "reference", "datedDay", "note");

    private String kind;
    @NotNull(message = "Enter the reference of the plan, panel or referral, for example the NRM reference")
    @Size(max = 100, message = "The reference must be 100 characters or fewer")
    private String reference;
    private String datedDay;
    private String datedMonth;
    private String datedYear;
    @Size(max = 2000, message = "The note must be 2000 characters or fewer")
    private String note;

    DateInput datedOn() {
        return new DateInput(datedDay, datedMonth, datedYear);
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getDatedDay() { return datedDay; }
    public void setDatedDay(String v) { datedDay = v; }
    public String getDatedMonth() { return datedMonth; }
    public void setDatedMonth(String v) { datedMonth = v; }
    public String getDatedYear() { return datedYear; }
    public void setDatedYear(String v) { datedYear = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
