package org.homeward.crossborder.internal;

import java.util.List;

/** The findings of an interview the host side held, as returned to the placing authority. */
public class FindingsForm {

    static final List<String> FIELD_ORDER = List.of("findings");

    private String findings;

    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
}
