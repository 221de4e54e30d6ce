package org.homeward.sharing.internal;

import java.time.Instant;
import java.util.UUID;

/** A share as the pages and exports show it: every code as its label, each party as one line. */
public record ShareView(UUID id, String direction, String what, String document, String from, String to, Instant sharedAt,
                 String how, String purpose, String lawfulBasis, String consent, String evidence, String thirdParty,
                 String provenance, boolean automatic, String recorded, Instant recordedAt) {

    /** Whether Homeward recorded the share as it made it, or someone recorded it by hand. */
    public String made() {
        return automatic ? "Automatic" : "By hand";
    }
}
