package org.homeward.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK writes them, in UK time. Exposed to templates as {@code @dates}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    public String date(LocalDate date) {
        return ofDay(date);
    }

    public String dateTime(Instant instant) {
        return ofInstant(instant);
    }

    /** The one way a day is written, in pages, PDFs, CSVs, emails and text kept with records. */
    public static String ofDay(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day of an instant in England. */
    public static String dayOf(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ClockConfiguration.LONDON));
    }

    /** The one way a moment is written: in England, GOV.UK style ("4 December 2026 at 10:05pm", "at midnight"). */
    public static String ofInstant(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(ClockConfiguration.LONDON);
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DATE.format(at) + " at midnight";
        }
        if (at.toLocalTime().equals(LocalTime.NOON)) {
            return DATE.format(at) + " at midday";
        }
        return DATE_TIME.format(at).replace("AM", "am").replace("PM", "pm");
    }

    /**
     * When something is due. A deadline at midnight in England ends the day before (working-day and
     * calendar deadlines), so it reads as that day; any other is due at its time.
     */
    public String due(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(ClockConfiguration.LONDON);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(dueOn(instant)) : ofInstant(instant);
    }

    /** The day a deadline falls on, in England: one at midnight belongs to the day before. */
    public static LocalDate dueOn(Instant instant) {
        return instant.minusNanos(1).atZone(ClockConfiguration.LONDON).toLocalDate();
    }
}
