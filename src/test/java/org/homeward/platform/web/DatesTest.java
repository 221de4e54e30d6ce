package org.homeward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.oversight.Deadlines;
import org.junit.jupiter.api.Test;

/** One way of writing dates and due times, in England, either side of the clock changes. */
class DatesTest {

    final Dates dates = new Dates();

    @Test
    void aDeadlineAtTheEndOfADayReadsAsThatDayInSummerAndWinter() {
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2026, 8, 27)))).isEqualTo("27 August 2026");
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2027, 1, 5)))).isEqualTo("5 January 2027");
        // The days the clocks go back (25 October 2026) and forward (28 March 2027), and the days before.
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2026, 10, 24)))).isEqualTo("24 October 2026");
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2026, 10, 25)))).isEqualTo("25 October 2026");
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2027, 3, 27)))).isEqualTo("27 March 2027");
        assertThat(dates.due(Deadlines.endOf(LocalDate.of(2027, 3, 28)))).isEqualTo("28 March 2027");
        assertThat(Dates.dueOn(Deadlines.endOf(LocalDate.of(2026, 10, 25)))).isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void aDeadlineInHoursReadsWithItsTimeInEngland() {
        assertThat(dates.due(Instant.parse("2026-08-27T14:15:00Z"))).isEqualTo("27 August 2026 at 3:15pm");
        assertThat(dates.due(Instant.parse("2026-12-27T14:15:00Z"))).isEqualTo("27 December 2026 at 2:15pm");
        // 01:30 UTC on 25 October 2026 is 01:30 GMT, after the clocks went back at 02:00 BST.
        assertThat(dates.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25 October 2026 at 1:30am");
        assertThat(dates.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25 October 2026 at 1:30am");
    }

    @Test
    void midnightAndMiddayAreWrittenAsWords() {
        assertThat(dates.dateTime(Instant.parse("2026-08-27T23:00:00Z"))).isEqualTo("28 August 2026 at midnight");
        assertThat(dates.dateTime(Instant.parse("2026-12-28T12:00:00Z"))).isEqualTo("28 December 2026 at midday");
    }
}
