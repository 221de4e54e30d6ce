package org.homeward.episode.internal;

import java.util.List;

/** Where, when and how the child was found or came back, and who they were with. */
public class LocatedForm extends ReturnAnswers {

    static final List<String> FIELD_ORDER = List.of("locatedDay", "locatedWhere", "locatedBy",
            "returnMethod", "foundWith", "harmWhileMissing");

    private String foundWith;

    public String getFoundWith() { return foundWith; }
    public void setFoundWith(String v) { foundWith = v; }
}
