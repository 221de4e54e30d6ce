package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * A place as it concerns one child: how the child is linked to it ({@link Locations#FREQUENTED},
 * {@link Locations#LAST_SEEN}, {@link Locations#FOUND}) and how often it is used across all children.
 */
public record LocationSummary(UUID id, String description, String address, String postcode, boolean riskAssessed,
                              String riskNotes, List<String> kinds, int useCount) {

    /** How the child is linked to the place, as a page reads it: "Frequented, Last seen". */
    public String kindLabels() {
        return String.join(", ", kinds.stream().map(Locations::label).toList());
    }
}
