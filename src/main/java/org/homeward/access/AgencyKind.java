package org.homeward.access;

public enum AgencyKind {
    LOCAL_AUTHORITY("Local authority"),
    POLICE_FORCE("Police force"),
    HEALTH("Health"),
    EDUCATION("Education"),
    RHI_PROVIDER("Return home interview provider"),
    CARE_PROVIDER("Care provider");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
