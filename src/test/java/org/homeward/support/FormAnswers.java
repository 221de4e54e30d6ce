package org.homeward.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/** Dates and times typed into GOV.UK date inputs (day, month, year and a time box), as a form sends them. */
public final class FormAnswers {

    private FormAnswers() {
    }

    public static void date(Map<String, String> form, String prefix, LocalDate date) {
        form.put(prefix + "Day", String.valueOf(date.getDayOfMonth()));
        form.put(prefix + "Month", String.valueOf(date.getMonthValue()));
        form.put(prefix + "Year", String.valueOf(date.getYear()));
    }

    public static void time(Map<String, String> form, String prefix, ZonedDateTime at) {
        date(form, prefix, at.toLocalDate());
        form.put(prefix + "Time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }
}
