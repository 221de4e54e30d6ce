package org.homeward.platform.web;

import java.time.Instant;
import java.time.LocalDate;
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
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DATE_TIME.format(instant.atZone(ClockConfiguration.LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
