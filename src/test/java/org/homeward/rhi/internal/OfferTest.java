package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The 72-hour deadline is 72 clock hours, to the minute, whatever the clocks do. */
class OfferTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant();
    }

    static Offer offer(Instant returned, Instant firstAttempt, Instant held) {
        return new Offer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), returned, Offer.dueAfter(returned),
                null, null, false, null, null, null, null, "PLACING", null, null, null, null, null, null, null,
                null, null, null, null, firstAttempt, held, firstOf(firstAttempt, held), null, null, null, null, 0);
    }

    /** As the view rhi_offer_met has it, with no outcome recorded. */
    static Instant firstOf(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    @Test
    void dueExactly72HoursAfterTheReturn() {
        Instant returned = london(2026, 6, 10, 21, 15);
        assertThat(Offer.dueAfter(returned)).isEqualTo(returned.plus(Duration.ofHours(72)));
        assertThat(Offer.dueAfter(returned).atZone(LONDON).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 6, 13, 21, 15));
    }

    @Test
    void heldWithin72HoursAt72HoursButNotAMinuteLater() {
        Instant returned = london(2026, 6, 10, 21, 15);
        assertThat(offer(returned, null, returned.plus(Duration.ofHours(72))).heldWithin72Hours()).isTrue();
        assertThat(offer(returned, null, returned.plus(Duration.ofHours(72)).plusSeconds(60)).heldWithin72Hours()).isFalse();
        assertThat(offer(returned, null, null).heldWithin72Hours()).isFalse();
    }

    @Test
    void offeredWithin72HoursCountsTheFirstAttempt() {
        Instant returned = london(2026, 6, 10, 21, 15);
        assertThat(offer(returned, returned.plus(Duration.ofHours(72)), null).offeredWithin72Hours()).isTrue();
        assertThat(offer(returned, returned.plus(Duration.ofMinutes(72 * 60 + 1)), null).offeredWithin72Hours()).isFalse();
    }

    @Test
    void aReturnOnTheNightTheClocksGoBackIsDue72ClockHoursLater() {
        // 25 October 2026: 02:00 BST becomes 01:00 GMT. The child returns at 00:30 BST.
        Instant returned = london(2026, 10, 25, 0, 30);
        Instant due = Offer.dueAfter(returned);
        // 72 real hours later is 23:30 GMT on the 27th, not 00:30 on the 28th.
        assertThat(due.atZone(LONDON).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 27, 23, 30));
        assertThat(offer(returned, null, london(2026, 10, 27, 23, 30)).heldWithin72Hours()).isTrue();
        assertThat(offer(returned, null, london(2026, 10, 27, 23, 31)).heldWithin72Hours()).isFalse();
        assertThat(offer(returned, null, london(2026, 10, 28, 0, 30)).heldWithin72Hours()).isFalse();
    }

    @Test
    void aReturnInTheHourThatHappensTwiceUsesItsInstant() {
        // 01:30 happens twice on 25 October 2026; the second (GMT) is an hour after the first (BST).
        ZonedDateTime first = LocalDateTime.of(2026, 10, 25, 1, 30).atZone(LONDON).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        Instant held = first.toInstant().plus(Duration.ofHours(72)).plusSeconds(60 * 30);
        assertThat(offer(first.toInstant(), null, held).heldWithin72Hours()).isFalse();
        assertThat(offer(second.toInstant(), null, held).heldWithin72Hours()).isTrue();
    }

    @Test
    void aReturnOnTheNightTheClocksGoForwardIsDue72ClockHoursLater() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST. The child returns at 00:30 GMT.
        Instant returned = london(2026, 3, 29, 0, 30);
        assertThat(Offer.dueAfter(returned).atZone(LONDON).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 4, 1, 1, 30));
        assertThat(offer(returned, null, london(2026, 4, 1, 1, 30)).heldWithin72Hours()).isTrue();
        assertThat(offer(returned, null, london(2026, 4, 1, 1, 31)).heldWithin72Hours()).isFalse();
    }

    @Test
    void timeLeftAndOverdue() {
        Instant returned = london(2026, 6, 10, 21, 15);
        Offer o = offer(returned, null, null);
        assertThat(o.timeLeft(returned.plus(Duration.ofHours(41)))).isEqualTo("1 day 7 hours left");
        assertThat(o.timeLeft(returned.plus(Duration.ofHours(70)))).isEqualTo("2 hours left");
        assertThat(o.overdue(returned.plus(Duration.ofHours(72)))).isFalse();
        assertThat(o.overdue(returned.plus(Duration.ofHours(75)))).isTrue();
        assertThat(o.timeLeft(returned.plus(Duration.ofHours(75)))).isEqualTo("Overdue by 3 hours");
        assertThat(o.status(returned.plus(Duration.ofHours(75)))).isEqualTo("Overdue");
    }

    @Test
    void longOverdueOffersSayDaysAndHoursNotThousandsOfHours() {
        Instant returned = london(2023, 1, 2, 9, 0);
        Offer o = offer(returned, null, null);
        Instant now = returned.plus(Duration.ofHours(72)).plus(Duration.ofDays(18)).plus(Duration.ofHours(4));
        assertThat(o.timeLeft(now)).isEqualTo("Overdue by 18 days 4 hours");
    }
}
