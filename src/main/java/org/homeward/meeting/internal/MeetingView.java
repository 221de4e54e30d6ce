package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.platform.web.Dates;

/** Dates as they are written into a meeting's summaries, which are kept as text with the minutes. */
final class MeetingView {

    private MeetingView() {
    }

    static String date(Instant at) {
        return Dates.dayOf(at);
    }

    static String date(LocalDate day) {
        return Dates.ofDay(day);
    }

    static String dateTime(Instant at) {
        return Dates.ofInstant(at);
    }
}
