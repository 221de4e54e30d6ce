package org.homeward.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The day, month and year boxes of a GOV.UK date input, as typed. */
public record DateInput(String day, String month, String year) {

    /**
     * Nothing Homeward records happened before 1900: an earlier year is a typing slip ("0001") and
     * is not a real date, whatever the field. Each field bounds its date more closely.
     */
    public static final int FIRST_YEAR = 1900;

    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput("", "", "")
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /** @return the date, or empty when the boxes do not make a real date in or after 1900 */
    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4 || y < FIRST_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
