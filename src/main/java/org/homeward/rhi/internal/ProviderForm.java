package org.homeward.rhi.internal;


/** Who holds the interview, and which authority is responsible for a child placed out of area. */
public class ProviderForm {

    private String providerAgencyId;
    private String responsible;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("providerAgencyId", "responsible");


    public String getProviderAgencyId() { return providerAgencyId; }
    public void setProviderAgencyId(String v) { providerAgencyId = v; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String v) { responsible = v; }
}
