package org.homeward.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GOV.UK date input plus a time box ("14:30", "2:30pm", "2pm", "midnight", "midday"), read as
 * UK time. In the autumn hour that happens twice, the earlier is taken.
 */
public record DateTimeInput(DateInput date, String time) {

    /**
     * The earliest an event Homeward records (a child last seen, found, interviewed) can be: it
     * keeps current casework, and an older time is a typing slip.
     */
    public static final LocalDate EARLIEST_EVENT = LocalDate.of(2000, 1, 1);

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    public boolean blank() {
        return date.blank() && (time == null || time.isBlank());
    }

    public static DateTimeInput of(Instant instant) {
        if (instant == null) {
            return new DateTimeInput(DateInput.of(null), "");
        }
        var local = instant.atZone(ClockConfiguration.LONDON);
        return new DateTimeInput(DateInput.of(local.toLocalDate()),
                String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    public Optional<LocalTime> parsedTime() {
        if (time == null) {
            return Optional.empty();
        }
        String t = time.strip().toLowerCase(Locale.UK);
        if (t.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        if (t.equals("midday") || t.equals("noon")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        } else if (m.group(2) == null) {
            return Optional.empty();
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Whether the time, once read, is before {@link #EARLIEST_EVENT}. */
    public static boolean beforeEarliestEvent(Instant at) {
        return at.isBefore(EARLIEST_EVENT.atStartOfDay(ClockConfiguration.LONDON).toInstant());
    }

    public Optional<Instant> toInstant() {
        Optional<LocalDate> d = date.toDate();
        Optional<LocalTime> t = parsedTime();
        if (d.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(d.get().atTime(t.get()).atZone(ClockConfiguration.LONDON).toInstant());
    }
}
