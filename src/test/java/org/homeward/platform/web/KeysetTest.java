package org.homeward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final UUID ID = UUID.fromString("6f1c1a52-5a3e-4a47-9a43-0f6b1b1e4d11");

    @Test
    void aRankedPositionCarriesOnlyItsRankTimeAndId() {
        Keyset.Position p = new Keyset.Position(2, Instant.parse("2026-12-01T10:15:30Z"), ID);
        assertThat(p.token()).isEqualTo("2_2026-12-01T10:15:30Z_" + ID);
        assertThat(Keyset.Position.parse(p.token(), true, false)).contains(p);
        assertThat(Keyset.ranked(p.token(), null, 10).first()).isFalse();
    }

    @Test
    void aDatePositionReadsBackAsADate() {
        Keyset.Position p = new Keyset.Position(LocalDate.of(2026, 3, 4), ID);
        assertThat(Keyset.Position.parse(p.token())).contains(p);
    }

    @Test
    void alteredOrMisshapenPositionsOpenTheFirstPage() {
        String timed = new Keyset.Position(Instant.parse("2026-12-01T10:15:30Z"), ID).token();
        assertThat(Keyset.ranked(timed, null, 10).first()).as("a time position on a ranked list").isTrue();
        assertThat(Keyset.of("1_" + timed, null, 10).first()).as("a ranked position on a timed list").isTrue();
        assertThat(Keyset.ranked("100_" + timed, null, 10).first()).as("a rank no list has").isTrue();
        assertThat(Keyset.ranked("-1_" + timed, null, 10).first()).isTrue();
        assertThat(Keyset.of("2026-13-01_" + ID, "nonsense", 10).first()).isTrue();
        assertThat(Keyset.of("yesterday_lunchtime", null, 10).first()).isTrue();
        assertThat(Keyset.of(null, "2026-12-01T10:15:30Z_not-an-id", 10).first()).isTrue();
        assertThat(Keyset.of("", "", 10).condition("a", "id", false)).isEmpty();
        String numbered = new Keyset.Position(Instant.parse("2026-12-01T10:15:30Z"), 42L).token();
        assertThat(Keyset.numbered(numbered, null, 10).first()).isFalse();
        assertThat(Keyset.numbered(timed, null, 10).first()).as("a UUID where a number belongs").isTrue();
        assertThat(Keyset.of(numbered, null, 10).first()).as("a number where a UUID belongs").isTrue();
    }

    @Test
    void readingBackwardsReversesTheOrderAndTheComparison() {
        String token = new Keyset.Position(1, Instant.parse("2026-12-01T10:15:30Z"), ID).token();
        Keyset back = Keyset.ranked(null, token, 2);
        assertThat(back.condition("r", "at", "id", false)).isEqualTo(" and (r, at, id) < (:keysetRank, :keysetAt, :keysetId)");
        assertThat(back.orderBy("r", "at", "id", false)).isEqualTo(" order by r desc, at desc, id desc");
        assertThat(back.preceding("r", "at", "id", false)).isEqualTo("(r, at, id) < (:keysetRank, :keysetAt, :keysetId)");
        Keyset on = Keyset.ranked(token, null, 2);
        assertThat(on.condition("r", "at", "id", true)).isEqualTo(" and (r, at, id) < (:keysetRank, :keysetAt, :keysetId)");
        assertThat(on.preceding("r", "at", "id", true)).isEqualTo("(r, at, id) >= (:keysetRank, :keysetAt, :keysetId)");
        assertThat(on.from(7, 2)).isEqualTo(8);
        assertThat(back.from(7, 2)).isEqualTo(6);
    }

    @Test
    void aPageReadBackwardsIsPutInReadingOrderWithLinksBothWays() {
        String token = new Keyset.Position(Instant.parse("2026-12-01T10:15:30Z"), ID).token();
        Keyset back = Keyset.of(null, token, 2);
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        List<UUID> read = List.of(new UUID(0, 3), new UUID(0, 2), new UUID(0, 1));
        Keyset.Page<UUID> page = back.page(read, id -> t, id -> id);
        assertThat(page.rows()).containsExactly(new UUID(0, 2), new UUID(0, 3));
        assertThat(page.previous()).isEqualTo(t + "_" + new UUID(0, 2));
        assertThat(page.next()).isEqualTo(t + "_" + new UUID(0, 3));
    }
}
