package org.homeward.support;

import org.homeward.platform.Refused;

/** What a domain object said to a change: the refusal's code, or null when it allowed it. */
public final class Refusals {

    private Refusals() {
    }

    public static String refusal(Runnable change) {
        try {
            change.run();
        } catch (Refused refused) {
            return refused.code();
        }
        return null;
    }
}
