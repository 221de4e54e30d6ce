package org.homeward.access.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/** A form posted after the session had timed out, kept so that nothing typed is lost. */
record PendingSubmission(String path, LinkedHashMap<String, List<String>> fields) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingSubmission.class.getName();

    /** Each answer as a [name, value] pair, in the order it was sent. */
    List<List<String>> hiddenInputs() {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> List.of(e.getKey(), v)))
                .toList();
    }
}
