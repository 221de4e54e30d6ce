package org.homeward.episode.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The coded answers on an episode: named as people read them, and checked against the terms in force. */
@Component
class EpisodeTerms {

    private final Vocabularies vocabularies;
    private final Clock clock;

    EpisodeTerms(Vocabularies vocabularies, Clock clock) {
        this.vocabularies = vocabularies;
        this.clock = clock;
    }

    String label(String vocabulary, String code) {
        return vocabularies.label(vocabulary, code).orElse(code);
    }

    /** A code chosen today must be a term in force today. */
    void coded(String value, String vocabulary, String field, String message, Errors errors) {
        if (value == null || !vocabularies.inForce(vocabulary, value, LocalDate.now(clock.withZone(ClockConfiguration.LONDON)))) {
            errors.rejectValue(field, "invalid", message);
        }
    }
}
