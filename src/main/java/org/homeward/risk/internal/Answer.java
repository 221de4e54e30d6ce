package org.homeward.risk.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.homeward.platform.Vocabularies;

/**
 * How a factor stands for this episode. "Not known" is an answer in its own right, so a question
 * left blank is never read as "no" (DOMAIN.md RA-02).
 */
enum Answer {
    CURRENT("Current"),
    HISTORICAL("Historical"),
    NOT_KNOWN("Not known"),
    NOT_PRESENT("Not present");

    static final List<Vocabularies.Term> TERMS = Arrays.stream(values())
            .map(a -> new Vocabularies.Term(a.name(), a.label)).toList();

    final String label;

    Answer(String label) {
        this.label = label;
    }

    /** What is current or historical must rest on evidence someone can check. */
    boolean needsEvidence() {
        return this == CURRENT || this == HISTORICAL;
    }

    static Optional<Answer> of(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }

    static String label(String code) {
        return of(code).map(a -> a.label).orElse(code);
    }
}
