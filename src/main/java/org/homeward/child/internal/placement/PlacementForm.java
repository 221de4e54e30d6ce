package org.homeward.child.internal.placement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.platform.DateInput;

/**
 * A new placement as typed. The provider's name and the address are checked as they arrive; the type, postcode,
 * authorities and start date, which need the vocabularies, the directory and the child's other placements, by
 * {@link PlacementController}.
 */
public class PlacementForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("placementType", "providerName", "address",
            "postcode", "providerAgencyId", "placingAuthorityId", "hostAuthorityId", "hostPoliceForceId", "startDay");

    private String placementType;
    @NotNull(message = "Enter the name of the home, carer or provider")
    @Size(max = 200, message = "Provider must be 200 characters or fewer")
    private String providerName;
    @Size(max = 500, message = "Address must be 500 characters or fewer")
    private String address;
    private String postcode;
    private String providerAgencyId;
    private boolean addressWithheld;
    private String placingAuthorityId;
    private String hostAuthorityId;
    private String hostPoliceForceId;
    private String startDay;
    private String startMonth;
    private String startYear;

    DateInput start() {
        return new DateInput(startDay, startMonth, startYear);
    }

    public String getPlacementType() { return placementType; }
    public void setPlacementType(String v) { placementType = v; }
    public String getProviderName() { return providerName; }
    public void setProviderName(String v) { providerName = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getProviderAgencyId() { return providerAgencyId; }
    public void setProviderAgencyId(String v) { providerAgencyId = v; }
    public boolean isAddressWithheld() { return addressWithheld; }
    public void setAddressWithheld(boolean v) { addressWithheld = v; }
    public String getPlacingAuthorityId() { return placingAuthorityId; }
    public void setPlacingAuthorityId(String v) { placingAuthorityId = v; }
    public String getHostAuthorityId() { return hostAuthorityId; }
    public void setHostAuthorityId(String v) { hostAuthorityId = v; }
    public String getHostPoliceForceId() { return hostPoliceForceId; }
    public void setHostPoliceForceId(String v) { hostPoliceForceId = v; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String v) { startDay = v; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String v) { startMonth = v; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String v) { startYear = v; }
}
