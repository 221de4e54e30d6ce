package org.homeward.child.internal.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.child.Locations;
import org.homeward.platform.Vocabularies;

/** A location as typed. How the child uses the place is asked only when linking it to a child. */
class LocationForm extends NetworkForm {

    static final List<Vocabularies.Term> KINDS = Locations.KINDS.stream()
            .map(k -> new Vocabularies.Term(k, Locations.label(k))).toList();

    /** The page that asks these questions; the error summary follows the order of its fields. */
    static final RecordFormPage<Location> PAGE = new RecordFormPage<>("child/location-form", "locationForm",
            List.of("description", "kind", "addressLine1", "addressLine2", "town", "postcode", "latitude",
                    "longitude", "riskAssessed", "riskNotes"),
            "Someone else changed this location while you were editing it. Check what is saved now, then save again",
            model -> model.addAttribute("kinds", KINDS));

    @NotNull(message = "Enter a description of the place, for example McDonald’s, Broadmead")
    @Size(max = 200, message = "Description must be 200 characters or fewer")
    private String description;
    private String kind;
    @Size(max = 200, message = "Address line 1 must be 200 characters or fewer")
    private String addressLine1;
    @Size(max = 200, message = "Address line 2 must be 200 characters or fewer")
    private String addressLine2;
    @Size(max = 100, message = "Town or city must be 100 characters or fewer")
    private String town;
    private String postcode;
    private String latitude;
    private String longitude;
    private String riskAssessed;
    @Size(max = 2000, message = "Risk notes must be 2000 characters or fewer")
    private String riskNotes;

    /** A new place's answers: one the child frequents, not risk-assessed until someone says so. */
    static LocationForm blank() {
        LocationForm form = new LocationForm();
        form.kind = Locations.FREQUENTED;
        form.riskAssessed = "no";
        return form;
    }

    static LocationForm of(Location l) {
        LocationForm f = new LocationForm();
        f.description = l.description();
        f.addressLine1 = l.addressLine1();
        f.addressLine2 = l.addressLine2();
        f.town = l.town();
        f.postcode = l.postcode();
        f.latitude = l.latitude() == null ? null : l.latitude().stripTrailingZeros().toPlainString();
        f.longitude = l.longitude() == null ? null : l.longitude().stripTrailingZeros().toPlainString();
        f.riskAssessed = l.riskAssessed() ? "yes" : "no";
        f.riskNotes = l.riskNotes();
        f.setVersion(l.version());
        return f;
    }

    /** Builds the record from answers that have passed validation. */
    Location toLocation(UUID id, Instant createdAt, Instant updatedAt, Long version) {
        return new Location(id, description, addressLine1, addressLine2, town,
                postcode == null ? null : Locations.postcode(postcode).orElseThrow(),
                coordinate(latitude), coordinate(longitude),
                "yes".equals(riskAssessed), riskNotes, createdAt, updatedAt, version);
    }

    /** Six decimal places locate a place to within about 10 cm: more is noise. */
    private static BigDecimal coordinate(String typed) {
        return typed == null ? null : new BigDecimal(typed).setScale(6, RoundingMode.HALF_UP);
    }

    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getRiskAssessed() { return riskAssessed; }
    public void setRiskAssessed(String v) { riskAssessed = v; }
    public String getRiskNotes() { return riskNotes; }
    public void setRiskNotes(String v) { riskNotes = v; }
}
