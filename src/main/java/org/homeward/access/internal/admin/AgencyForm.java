package org.homeward.access.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.homeward.access.AgencyKind;

/**
 * An agency as typed into the form: every answer is text until it has been checked. The name's shape is checked as it
 * arrives; the kind and the codes, which depend on each other and on other agencies, by {@link AgencyFormValidator}.
 */
class AgencyForm {

    static final List<String> FIELD_ORDER = List.of("name", "kind", "onsCode", "dfeCode", "rhiProviderId");

    @NotNull(message = "Enter the agency’s name")
    @Size(max = 200, message = "Agency name must be 200 characters or fewer")
    private String name;
    private String kind;
    private String onsCode;
    private String dfeCode;
    private String version;
    private String rhiProviderId;

    static AgencyForm of(Agencies.Agency a) {
        AgencyForm f = new AgencyForm();
        f.name = a.name();
        f.kind = a.kind().name();
        f.onsCode = a.onsCode();
        f.dfeCode = a.dfeCode();
        f.version = Long.toString(a.version());
        f.rhiProviderId = a.rhiProviderId() == null ? null : a.rhiProviderId().toString();
        return f;
    }

    /** Only after validation: the checked answers, with the ONS code in capitals as ONS writes it. */
    Agencies.Values values() {
        return new Agencies.Values(name, AgencyKind.valueOf(kind),
                onsCode == null ? null : onsCode.toUpperCase(Locale.ROOT), dfeCode,
                rhiProviderId == null ? null : java.util.UUID.fromString(rhiProviderId));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOnsCode() {
        return onsCode;
    }

    public void setOnsCode(String onsCode) {
        this.onsCode = onsCode;
    }

    public String getDfeCode() {
        return dfeCode;
    }

    public void setDfeCode(String dfeCode) {
        this.dfeCode = dfeCode;
    }

    public String getRhiProviderId() {
        return rhiProviderId;
    }

    public void setRhiProviderId(String rhiProviderId) {
        this.rhiProviderId = rhiProviderId;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
