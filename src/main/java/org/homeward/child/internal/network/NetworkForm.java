package org.homeward.child.internal.network;

/** The answers of an associate or location form, carrying the version they were opened at to catch a second editor. */
abstract class NetworkForm {

    private Long version;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
