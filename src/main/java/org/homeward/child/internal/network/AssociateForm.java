package org.homeward.child.internal.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.DateInput;

/** An associate as typed. The relationship belongs to the link with one child, so it is asked only when linking. */
class AssociateForm extends NetworkForm {

    /** The page that asks these questions; the error summary follows the order of its fields. */
    static final RecordFormPage<Associate> PAGE = new RecordFormPage<>("child/associate-form", "associateForm",
            List.of("name", "relationship", "address", "phone", "socialMedia", "vehicle", "lastContactedDay",
                    "personOfConcern", "concernReason"),
            "Someone else changed this person’s details while you were editing them. Check what is saved now, "
            + "then save again", model -> { });

    @NotNull(message = "Enter the person’s name, or what the child calls them")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;
    private String relationship;
    @Size(max = 500, message = "Address must be 500 characters or fewer")
    private String address;
    private boolean addressWithheld;
    @Size(max = 50, message = "Phone must be 50 characters or fewer")
    private String phone;
    @Size(max = 200, message = "Social media must be 200 characters or fewer")
    private String socialMedia;
    @Size(max = 200, message = "Vehicle must be 200 characters or fewer")
    private String vehicle;
    private String lastContactedDay;
    private String lastContactedMonth;
    private String lastContactedYear;
    private String personOfConcern;
    private String concernReason;

    /** A new person's answers: not a person of concern until someone says so. */
    static AssociateForm blank() {
        AssociateForm form = new AssociateForm();
        form.personOfConcern = "no";
        return form;
    }

    static AssociateForm of(Associate a) {
        AssociateForm f = new AssociateForm();
        f.name = a.name();
        f.address = a.address();
        f.addressWithheld = a.addressWithheld();
        f.phone = a.phone();
        f.socialMedia = a.socialMedia();
        f.vehicle = a.vehicle();
        DateInput last = DateInput.of(a.lastContactedOn());
        f.lastContactedDay = last.day();
        f.lastContactedMonth = last.month();
        f.lastContactedYear = last.year();
        f.personOfConcern = a.personOfConcern() ? "yes" : "no";
        f.concernReason = a.concernReason();
        f.setVersion(a.version());
        return f;
    }

    DateInput lastContacted() {
        return new DateInput(lastContactedDay, lastContactedMonth, lastContactedYear);
    }

    boolean concern() {
        return "yes".equals(personOfConcern);
    }

    /** Builds the record from answers that have passed validation. */
    Associate toAssociate(UUID id, Instant createdAt, Instant updatedAt, Long version) {
        return new Associate(id, name, address, addressWithheld, phone, socialMedia, vehicle,
                lastContacted().toDate().orElse(null), concern(),
                concern() ? concernReason : null, createdAt, updatedAt, version);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String v) { relationship = v; }
    public boolean isAddressWithheld() { return addressWithheld; }
    public void setAddressWithheld(boolean v) { addressWithheld = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getSocialMedia() { return socialMedia; }
    public void setSocialMedia(String v) { socialMedia = v; }
    public String getVehicle() { return vehicle; }
    public void setVehicle(String v) { vehicle = v; }
    public String getLastContactedDay() { return lastContactedDay; }
    public void setLastContactedDay(String v) { lastContactedDay = v; }
    public String getLastContactedMonth() { return lastContactedMonth; }
    public void setLastContactedMonth(String v) { lastContactedMonth = v; }
    public String getLastContactedYear() { return lastContactedYear; }
    public void setLastContactedYear(String v) { lastContactedYear = v; }
    public String getPersonOfConcern() { return personOfConcern; }
    public void setPersonOfConcern(String v) { personOfConcern = v; }
    public String getConcernReason() { return concernReason; }
    public void setConcernReason(String v) { concernReason = v; }
}
