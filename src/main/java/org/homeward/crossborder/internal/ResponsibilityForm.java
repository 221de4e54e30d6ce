package org.homeward.crossborder.internal;

import java.util.List;

/** Who holds the return home interview of a child placed out of area, and how it was agreed. */
public class ResponsibilityForm {

    static final List<String> FIELD_ORDER = List.of("responsible", "agreement");

    private String responsible;
    private String agreement;

    public String getResponsible() { return responsible; }
    public void setResponsible(String v) { responsible = v; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String v) { agreement = v; }
}
