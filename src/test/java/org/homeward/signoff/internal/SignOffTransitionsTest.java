package org.homeward.signoff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.Refusals.refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.junit.jupiter.api.Test;

/** A sign-off refuses the changes its state does not allow, whoever asks. */
class SignOffTransitionsTest {

    static final Instant RAISED = Instant.parse("2026-06-10T09:00:00Z");
    static final UUID WORKER = UUID.randomUUID();
    static final UUID MANAGER = UUID.randomUUID();

    static SignOff signOff(UUID workBy, Instant signedAt, String signedByName) {
        return new SignOff(UUID.randomUUID(), SignOffService.MEETING_OUTCOME, UUID.randomUUID(), UUID.randomUUID(),
                "Amy Jones", "/meetings/1", "Missing management meeting: decisions and actions", workBy, "Sam Worker",
                RAISED, RAISED.plus(Duration.ofDays(7)), signedAt, signedByName, signedAt == null ? null : "Agreed");
    }

    @Test
    void nobodySignsOffTheirOwnWork() {
        SignOff awaited = signOff(WORKER, null, null);
        assertThat(refusal(() -> awaited.refuseSigningBy(WORKER))).isEqualTo("own");
        assertThat(refusal(() -> awaited.refuseSigningBy(MANAGER))).isNull();
    }

    @Test
    void workRecordedByNobodyInHomewardIsAnyManagersToSignOff() {
        assertThat(refusal(() -> signOff(null, null, null).refuseSigningBy(MANAGER))).isNull();
    }

    @Test
    void aSignOffIsGivenOnceAndSaysWhoGaveIt() {
        assertThat(refusal(signOff(WORKER, null, null)::refuseSigningAgain)).isNull();
        SignOff signed = signOff(WORKER, RAISED.plus(Duration.ofHours(2)), "Pat Manager");
        assertThat(refusal(signed::refuseSigningAgain)).isEqualTo("signed");
        assertThatThrownBy(signed::refuseSigningAgain).isInstanceOf(Refused.class)
                .hasMessage("This was signed off by Pat Manager already");
    }
}
