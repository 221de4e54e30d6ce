package org.homeward.sharing.internal;

import java.time.Instant;
import java.util.UUID;

/** A share as the pages and exports show it: every code as its label, each party as one line. */
public record ShareView(UUID id, String direction, String what, String document, String from, String to, Instant sharedAt,
                 String how, String purpose, String lawfulBasis, String consent, String evidence, String thirdParty,
                 String provenance, boolean automatic, String recorded, Instant recordedAt) {

    /** "Recorded by Homeward" or "By hand", as the register's last column says it. */
    public String made() {
        return automatic ? "Recorded by Homeward" : "Recorded by hand";
    }
}
