package org.homeward.platform.web;

import java.time.Duration;

/**
 * The one way a length of time is written: in days and hours once it passes a day ("18 days 4
 * hours"), hours and minutes below that, minutes below an hour. A count of hours alone past a day
 * ("Overdue by 25916 hours") makes people do arithmetic before they can act.
 */
public final class Durations {

    private Durations() {
    }

    /** "3 days 4 hours", "5 hours 20 minutes", "40 minutes"; negative lengths read as their size. */
    public static String of(Duration d) {
        if (d == null) {
            return "";
        }
        Duration size = d.abs();
        long days = size.toDays();
        long hours = size.toHoursPart();
        long minutes = size.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
