package org.homeward.access.internal.admin;

/** The hidden version field comes back as text; anything unreadable counts as out of date. */
final class Versions {

    static final long UNKNOWN = -1;

    private Versions() {
    }

    static long parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
