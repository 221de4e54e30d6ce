package org.homeward.access.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form posted after the session had timed out, kept so that nothing typed is lost. */
record PendingSubmission(String path, LinkedHashMap<String, List<String>> fields) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingSubmission.class.getName();

    List<Map.Entry<String, String>> hiddenInputs() {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)))
                .toList();
    }
}
