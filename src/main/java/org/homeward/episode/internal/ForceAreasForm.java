package org.homeward.episode.internal;

/** The police force areas of the child's home address, where they went missing from and where they were found. */
public class ForceAreasForm {

    private String homeForceId;
    private String missingFromForceId;
    private String foundForceId;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("homeForceId", "missingFromForceId", "foundForceId");

    public String getHomeForceId() { return homeForceId; }
    public void setHomeForceId(String v) { homeForceId = v; }
    public String getMissingFromForceId() { return missingFromForceId; }
    public void setMissingFromForceId(String v) { missingFromForceId = v; }
    public String getFoundForceId() { return foundForceId; }
    public void setFoundForceId(String v) { foundForceId = v; }
}
