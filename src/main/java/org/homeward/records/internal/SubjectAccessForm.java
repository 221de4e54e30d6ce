package org.homeward.records.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.platform.DateInput;

/** Recording a subject access request: who asked, with what authority, when it came, identity checked. */
public class SubjectAccessForm {

    static final List<String> FIELD_ORDER = List.of("requesterKind", "requesterName", "authority", "receivedDay",
            "identityChecked");

    static final Map<String, String> KINDS = Map.of(
            "CHILD", "The child",
            "CARE_EXPERIENCED_ADULT", "The care-experienced adult the child has become",
            "REPRESENTATIVE", "Someone with authority to act for them");

    static String kindLabel(String code) {
        return KINDS.getOrDefault(code, code);
    }

    @NotNull(message = "Select who made the request")
    @Pattern(regexp = "CHILD|CARE_EXPERIENCED_ADULT|REPRESENTATIVE", message = "Select who made the request")
    private String requesterKind;
    @NotNull(message = "Enter the name of the person who asked")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String requesterName;
    /** Asked only of a representative, so whether it is given is checked where the kind is known. */
    @Size(max = 1000, message = "Authority must be 1000 characters or fewer")
    private String authority;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private List<String> identityChecked = new ArrayList<>();

    DateInput receivedOn() {
        return new DateInput(receivedDay, receivedMonth, receivedYear);
    }

    boolean identityConfirmed() {
        return identityChecked != null && identityChecked.contains("yes");
    }

    public String getRequesterKind() { return requesterKind; }
    public void setRequesterKind(String v) { requesterKind = v; }
    public String getRequesterName() { return requesterName; }
    public void setRequesterName(String v) { requesterName = v; }
    public String getAuthority() { return authority; }
    public void setAuthority(String v) { authority = v; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String v) { receivedDay = v; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String v) { receivedMonth = v; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String v) { receivedYear = v; }
    public List<String> getIdentityChecked() { return identityChecked; }
    public void setIdentityChecked(List<String> v) { identityChecked = v; }
}
