package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.homeward.platform.ClockConfiguration;

/** Dates as they are written into a meeting's summaries, which are kept as text with the minutes. */
final class MeetingView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private MeetingView() {
    }

    static String date(Instant at) {
        return DATE.format(at.atZone(ClockConfiguration.LONDON));
    }

    static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(ClockConfiguration.LONDON));
    }
}
