package org.homeward.episode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.homeward.episode.internal.EpisodeTransitionsTest.LAST_SEEN;
import static org.homeward.episode.internal.EpisodeTransitionsTest.backAt;
import static org.homeward.episode.internal.EpisodeTransitionsTest.missing;
import static org.homeward.support.Refusals.refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.homeward.platform.Refused;
import org.junit.jupiter.api.Test;

/** An edit of an episode changes recorded times and the category only with a reason, and says what it changed. */
class EpisodeAmendmentsTest {

    static final UnaryOperator<String> NAMES = code -> switch (code) {
        case "MISSING_FROM_CARE" -> "Missing from care";
        case "AWAY_FROM_PLACEMENT" -> "Away from placement";
        default -> code;
    };

    static Episode edited(Episode e, String category, Instant lastSeen, String clothing, Instant located) {
        return new Episode(e.id(), e.childId(), category, e.missingFrom(), e.placementId(), lastSeen,
                e.lastSeenPlace(), clothing, e.withWhom(), e.circumstances(), e.reportedToPoliceAt(), e.reportedBy(),
                e.policeForceId(), e.policeReference(), e.councilNotifiedAt(), e.retrospective(), located,
                e.locatedWhere(), e.locatedBy(), e.returnMethod(), e.harmWhileMissing(), e.closedAt(), e.closureNote(),
                e.createdAt(), e.createdBy(), e.updatedAt(), e.version());
    }

    @Test
    void anAmendedTimeWithoutAReasonIsRefusedOnTheReasonField() {
        Instant found = LAST_SEEN.plus(Duration.ofHours(5));
        Episode back = missing().returned(backAt(found));
        Episode amended = edited(back, back.category(), LAST_SEEN.minusSeconds(600), null, found.plusSeconds(60));

        Refused refused = (Refused) catchThrowable(() -> back.refuseAmendment(amended, null, NAMES));

        assertThat(refused.field()).isEqualTo("amendmentReason");
        assertThat(refused.code()).isEqualTo("required");
        assertThat(refused).hasMessage("Enter why the last seen and located time is being changed");
        assertThat(refusal(() -> back.refuseAmendment(amended, "Carer's log corrected", NAMES))).isNull();
    }

    @Test
    void aTimeFirstGivenInTheEditIsNotAnAmendment() {
        Episode e = missing();
        Episode withReturn = edited(e, e.category(), e.lastSeenAt(), null, LAST_SEEN.plus(Duration.ofHours(2)));
        assertThat(e.amendedTimes(withReturn)).isEmpty();
        assertThat(refusal(() -> e.refuseAmendment(withReturn, null, NAMES))).isNull();
    }

    @Test
    void aNewCategoryWithoutAReasonIsRefusedNamingBoth() {
        Episode e = missing();
        Episode recategorised = edited(e, "AWAY_FROM_PLACEMENT", e.lastSeenAt(), null, null);

        assertThat(e.recategorisation(recategorised, NAMES))
                .contains("category from missing from care to away from placement");
        assertThat(catchThrowable(() -> e.refuseAmendment(recategorised, null, NAMES)))
                .hasMessage("Enter why the category from missing from care to away from placement is being changed");
        assertThat(refusal(() -> e.refuseAmendment(recategorised, "Placement confirmed", NAMES))).isNull();
    }

    @Test
    void otherDetailsChangeWithoutAReasonAndAreListed() {
        Episode e = missing();
        Episode clothes = edited(e, e.category(), e.lastSeenAt(), "Red coat", null);

        assertThat(refusal(() -> e.refuseAmendment(clothes, null, NAMES))).isNull();
        assertThat(e.recategorisation(clothes, NAMES)).isEmpty();
        assertThat(e.changesTo(clothes)).containsExactly("Clothing");
        assertThat(e.changesTo(e)).isEmpty();
    }
}
