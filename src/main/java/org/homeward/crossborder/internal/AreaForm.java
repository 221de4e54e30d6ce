package org.homeward.crossborder.internal;

import java.util.List;

/** The education and health agencies serving one local authority's area, as chosen. */
public class AreaForm {

    static final List<String> FIELD_ORDER = List.of("educationId", "healthId");

    private String educationId;
    private String healthId;

    public String getEducationId() { return educationId; }
    public void setEducationId(String v) { educationId = v; }
    public String getHealthId() { return healthId; }
    public void setHealthId(String v) { healthId = v; }
}
