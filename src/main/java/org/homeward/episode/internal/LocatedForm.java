package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Where, when and how the child was found or came back, and who they were with. The shape of each answer is
 * checked as it arrives; the time, and whether the episode can take a return at all, by the episode.
 */
public class LocatedForm extends ReturnAnswers {

    static final List<String> FIELD_ORDER = List.of("locatedDay", "locatedWhere", "locatedBy",
            "returnMethod", "foundWith", "harmWhileMissing");

    @Size(max = 1000, message = "Who they were with must be 1000 characters or fewer")
    private String foundWith;

    @Override
    @NotNull(message = "Enter where the child was found or returned to")
    @Size(max = 500, message = "This answer must be 500 characters or fewer")
    public String getLocatedWhere() { return super.getLocatedWhere(); }

    @Override
    @Size(max = 200, message = "Found by must be 200 characters or fewer")
    public String getLocatedBy() { return super.getLocatedBy(); }

    @Override
    @Size(max = 4000, message = "Harm while missing must be 4000 characters or fewer")
    public String getHarmWhileMissing() { return super.getHarmWhileMissing(); }

    public String getFoundWith() { return foundWith; }
    public void setFoundWith(String v) { foundWith = v; }
}
