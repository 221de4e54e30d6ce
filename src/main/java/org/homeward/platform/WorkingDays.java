package org.homeward.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays. The regular holidays
 * follow the Banking and Financial Dealings Act 1971 and its substitution rules; the one-off days
 * declared by proclamation are listed, because no rule can foresee them.
 */
public final class WorkingDays {

    /** Extra or moved days by royal proclamation; the moved early May holidays are in {@link #earlyMay}. */
    private static final Set<LocalDate> PROCLAIMED = Set.of(
            LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 5), LocalDate.of(2022, 6, 3),
            LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isBankHoliday(day);
    }

    public static boolean isBankHoliday(LocalDate day) {
        return BY_YEAR.computeIfAbsent(day.getYear(), WorkingDays::bankHolidays).contains(day);
    }

    /** The working day {@code n} working days after {@code from} (n = 0 gives {@code from} itself). */
    public static LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(earlyMay(year));
        LocalDate spring = LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        days.add(year == 2002 ? LocalDate.of(2002, 6, 4) : year == 2012 ? LocalDate.of(2012, 6, 4)
                : year == 2022 ? LocalDate.of(2022, 6, 2) : spring);
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(substitute(LocalDate.of(year, Month.JANUARY, 1), Set.of()));
        LocalDate christmas = substitute(LocalDate.of(year, Month.DECEMBER, 25), Set.of());
        days.add(christmas);
        days.add(substitute(LocalDate.of(year, Month.DECEMBER, 26), Set.of(christmas)));
        PROCLAIMED.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return Set.copyOf(days);
    }

    /** The first Monday in May, moved to the anniversary of VE Day in 1995 and 2020. */
    private static LocalDate earlyMay(int year) {
        if (year == 1995 || year == 2020) {
            return LocalDate.of(year, Month.MAY, 8);
        }
        return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** A holiday on a weekend moves to the next weekday not already a holiday. */
    private static LocalDate substitute(LocalDate day, Set<LocalDate> taken) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
