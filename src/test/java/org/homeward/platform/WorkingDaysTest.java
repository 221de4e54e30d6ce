package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bank holidays in England and Wales as published on GOV.UK, and counting working days across them. */
class WorkingDaysTest {

    static List<LocalDate> days(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).sorted().toList();
    }

    @Test
    void bankHolidaysMatchThePublishedDates() {
        assertThat(WorkingDays.bankHolidays(2025).stream().sorted().toList()).isEqualTo(days("2025-01-01", "2025-04-18",
                "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"));
        // Boxing Day on a Saturday moves to Monday.
        assertThat(WorkingDays.bankHolidays(2026).stream().sorted().toList()).isEqualTo(days("2026-01-01", "2026-04-03",
                "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
        // Christmas on a Saturday and Boxing Day on a Sunday: Monday and Tuesday.
        assertThat(WorkingDays.bankHolidays(2027).stream().sorted().toList()).isEqualTo(days("2027-01-01", "2027-03-26",
                "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"));
        // New Year's Day on a Saturday moves to Monday 3 January.
        assertThat(WorkingDays.isBankHoliday(LocalDate.parse("2028-01-03"))).isTrue();
    }

    @Test
    void oneOffDaysByProclamationAndMovedHolidaysAreKept() {
        assertThat(WorkingDays.bankHolidays(2022)).contains(LocalDate.parse("2022-06-02"), LocalDate.parse("2022-06-03"),
                LocalDate.parse("2022-09-19")).doesNotContain(LocalDate.parse("2022-05-30"));
        assertThat(WorkingDays.bankHolidays(2023)).contains(LocalDate.parse("2023-05-08"));
        assertThat(WorkingDays.bankHolidays(2020)).contains(LocalDate.parse("2020-05-08"))
                .doesNotContain(LocalDate.parse("2020-05-04"));
    }

    @Test
    void workingDaysSkipWeekendsAndBankHolidays() {
        // Thursday 2 April 2026, before Easter: Good Friday and Easter Monday do not count.
        assertThat(WorkingDays.plus(LocalDate.parse("2026-04-02"), 1)).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(WorkingDays.plus(LocalDate.parse("2026-04-02"), 5)).isEqualTo(LocalDate.parse("2026-04-13"));
        // From a Saturday, the first working day is Monday.
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-21"), 1)).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(WorkingDays.plus(LocalDate.parse("2026-12-23"), 3)).isEqualTo(LocalDate.parse("2026-12-30"));
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-23"), 0)).isEqualTo(LocalDate.parse("2026-11-23"));
    }
}
