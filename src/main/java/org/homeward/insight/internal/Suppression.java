package org.homeward.insight.internal;

import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Small numbers can identify a child ("the one Black girl placed out of area who went missing in May"), so in
 * what analysts and the board see, a count from one to below the partnership's threshold is shown as "fewer
 * than 5", and so is any rate or average worked out from so few. Nought is shown: it identifies no one.
 */
@Component
public class Suppression {

    private final Settings settings;

    Suppression(Settings settings) {
        this.settings = settings;
    }

    public int threshold() {
        return settings.number(Setting.INSIGHT_SUPPRESS_BELOW);
    }

    /** Whether this count may not be shown as it is. */
    public boolean hides(long count) {
        return count > 0 && count < threshold();
    }

    /** The count as shown: "12", "0" or "fewer than 5". */
    public String count(long count) {
        return hides(count) ? "fewer than " + threshold() : Long.toString(count);
    }

    /** A percentage of {@code outOf}, or "fewer than 5" when either count is too small to show; blank for none. */
    public String percent(long count, long outOf) {
        if (outOf == 0) {
            return "";
        }
        if (hides(count) || hides(outOf)) {
            return "fewer than " + threshold();
        }
        return Math.round(100.0 * count / outOf) + "%";
    }

    /** A figure worked out from {@code basis} cases, or "fewer than 5" when there were too few to show. */
    public String from(long basis, String figure) {
        return hides(basis) ? "fewer than " + threshold() : figure;
    }
}
