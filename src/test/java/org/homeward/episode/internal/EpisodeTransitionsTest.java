package org.homeward.episode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.junit.jupiter.api.Test;

/** The episode refuses the changes its state does not allow, whoever asks. */
class EpisodeTransitionsTest {

    static final Instant LAST_SEEN = Instant.parse("2026-06-10T20:15:00Z");

    static Episode missing() {
        return new Episode(UUID.randomUUID(), UUID.randomUUID(), "MISSING_FROM_CARE", "CARE", null, LAST_SEEN,
                "Bus station", null, null, null, LAST_SEEN.plus(Duration.ofHours(1)), "Carer", null, null, null, false,
                null, null, null, null, null, null, null, LAST_SEEN, UUID.randomUUID(), LAST_SEEN, 3);
    }

    static Episode.Return backAt(Instant at) {
        return new Episode.Return(at, "Home", "Carer", "SELF", null);
    }

    static Episode closed(Episode e) {
        return new Episode(e.id(), e.childId(), e.category(), e.missingFrom(), e.placementId(), e.lastSeenAt(),
                e.lastSeenPlace(), e.clothing(), e.withWhom(), e.circumstances(), e.reportedToPoliceAt(), e.reportedBy(),
                e.policeForceId(), e.policeReference(), e.councilNotifiedAt(), e.retrospective(), e.locatedAt(),
                e.locatedWhere(), e.locatedBy(), e.returnMethod(), e.harmWhileMissing(), e.locatedAt(), "Closed",
                e.createdAt(), e.createdBy(), e.updatedAt(), e.version());
    }

    @Test
    void aReturnKeepsTheEpisodeAndAddsWhereAndWhen() {
        Episode e = missing();
        Episode back = e.returned(backAt(LAST_SEEN.plus(Duration.ofHours(5))));
        assertThat(back.located()).isTrue();
        assertThat(back.locatedWhere()).isEqualTo("Home");
        assertThat(back.returnMethod()).isEqualTo("SELF");
        assertThat(back.id()).isEqualTo(e.id());
        assertThat(back.version()).isEqualTo(e.version());
        assertThat(back.lastSeenPlace()).isEqualTo("Bus station");
    }

    @Test
    void aReturnRecordedTwiceIsRefused() {
        Episode back = missing().returned(backAt(LAST_SEEN.plus(Duration.ofHours(5))));
        assertThatThrownBy(() -> back.returned(backAt(LAST_SEEN.plus(Duration.ofHours(6)))))
                .isInstanceOf(Refused.class).hasMessageContaining("already been recorded");
    }

    @Test
    void aReturnAtOrBeforeLastSeenIsRefusedOnTheTimeField() {
        Episode e = missing();
        Refused atLastSeen = (Refused) catchThrowable(() -> e.returned(backAt(LAST_SEEN)));
        assertThat(atLastSeen.field()).isEqualTo("locatedDay");
        assertThat(atLastSeen.code()).isEqualTo("beforeLastSeen");
        assertThat(refusal(() -> e.returned(backAt(LAST_SEEN.minusSeconds(60))))).isEqualTo("beforeLastSeen");
        assertThat(refusal(() -> e.returned(backAt(LAST_SEEN.plusSeconds(60))))).isNull();
    }

    @Test
    void aClosedEpisodeRefusesAReturnAndASecondClosure() {
        Episode done = closed(missing().returned(backAt(LAST_SEEN.plus(Duration.ofHours(5)))));
        assertThat(refusal(() -> done.returned(backAt(LAST_SEEN.plus(Duration.ofHours(7)))))).isEqualTo("located");
        assertThat(refusal(done::refuseClose)).isEqualTo("closed");
    }

    @Test
    void theRiskIsGradedUntilTheEpisodeClosesThenStands() {
        Episode e = missing();
        assertThat(refusal(e::refuseGrading)).isNull();
        Episode back = e.returned(backAt(LAST_SEEN.plus(Duration.ofHours(5))));
        assertThat(refusal(back::refuseGrading)).isNull();
        assertThat(refusal(closed(back)::refuseGrading)).isEqualTo("closed");
    }

    @Test
    void nothingThatFollowsTheReturnHappensBeforeIt() {
        Episode e = missing();
        assertThat(refusal(e::refuseClose)).isEqualTo("notLocated");
        assertThat(refusal(e::refuseCheck)).isEqualTo("notLocated");
        assertThat(refusal(e::refusePoliceClosure)).isEqualTo("notLocated");
    }

    @Test
    void aCheckOrPoliceClosureBeforeTheTimeFoundIsRefused() {
        Instant found = LAST_SEEN.plus(Duration.ofHours(5));
        Episode back = missing().returned(backAt(found));
        assertThat(refusal(() -> back.refuseCheckAt(found.minusSeconds(60)))).isEqualTo("beforeLocated");
        assertThat(refusal(() -> back.refuseCheckAt(found))).isNull();
        assertThat(refusal(() -> back.refusePoliceClosureAt(found.minusSeconds(60)))).isEqualTo("beforeLocated");
        assertThat(refusal(() -> back.refusePoliceClosureAt(found.plusSeconds(60)))).isNull();
        assertThat(refusal(back::refuseClose)).isNull();
    }

    @Test
    void aReportedEpisodeStartsAtVersionZeroAndOpen() {
        UUID by = UUID.randomUUID();
        Instant now = LAST_SEEN.plus(Duration.ofHours(2));
        Episode reported = closed(missing()).recordedAs(UUID.randomUUID(), now, by);
        assertThat(reported.open()).isTrue();
        assertThat(reported.version()).isZero();
        assertThat(reported.createdBy()).isEqualTo(by);
        assertThat(reported.createdAt()).isEqualTo(now);
    }
}
