package org.homeward.insight.internal.places;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.homeward.insight.internal.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * The name analysts and the board know an associate by ("A-7F3K-2Q9M"): the partnership's keyed hash, as for
 * children, of the associate's identifier marked as an associate's, so that an associate's pseudonym never
 * equals a child's and neither can be worked back without the key.
 */
@Component
class AssociatePseudonyms {

    private final Pseudonyms pseudonyms;

    AssociatePseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String of(UUID associate) {
        UUID marked = UUID.nameUUIDFromBytes(("associate " + associate).getBytes(StandardCharsets.UTF_8));
        return "A-" + pseudonyms.of(marked).substring(2);
    }
}
