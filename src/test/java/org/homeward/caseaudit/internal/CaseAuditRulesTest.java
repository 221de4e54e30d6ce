package org.homeward.caseaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit and its parts hold their own rules: one sample, access while the audit runs, who acts next. */
class CaseAuditRulesTest {

    static CaseAudits.Audit audit(Instant sampledAt) {
        return new CaseAudits.Audit(UUID.randomUUID(), "Exploitation", "Objective", UUID.randomUUID(), "Template", 1,
                UUID.randomUUID(), "Council", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), UUID.randomUUID(), "Lead", null, sampledAt, null,
                Instant.parse("2026-06-20T09:00:00Z"));
    }

    static CaseAudits.Part part(UUID moderator) {
        return part(moderator, "ALLOCATED");
    }

    static CaseAudits.Part part(UUID moderator, String status) {
        return new CaseAudits.Part(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Police", "POLICE", UUID.randomUUID(), "Auditor", moderator, "Moderator",
                status, null, null, null, null);
    }

    @Test
    void anAuditsCasesAreSampledOnce() {
        assertThat(refusal(audit(null)::refuseSample)).isNull();
        assertThat(refusal(audit(Instant.parse("2026-07-01T09:00:00Z"))::refuseSample)).isEqualTo("sampled");
    }

    @Test
    void auditorsMayOpenTheSampledRecordsFromTheFirstLondonDayToTheEndOfTheLast() {
        CaseAudits.Audit a = audit(null);
        // British Summer Time: London's midnight is 23:00 the evening before in UTC.
        assertThat(a.accessOpens()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(a.accessCloses()).isEqualTo(Instant.parse("2026-07-31T23:00:00Z"));
    }

    @Test
    void aSubmittedPartGoesToItsModeratorAndADisagreementToTheLead() {
        assertThat(part(UUID.randomUUID()).statusWhenSubmitted()).isEqualTo("SUBMITTED");
        assertThat(part(null).statusWhenSubmitted()).isEqualTo("RESOLVED");
        assertThat(CaseAudits.Part.statusWhenModerated(true)).isEqualTo("MODERATED");
        assertThat(CaseAudits.Part.statusWhenModerated(false)).isEqualTo("RESOLVED");
    }

    @Test
    void eachStatusSaysWhoActsNext() {
        assertThat(part(null, "ALLOCATED").beingAudited()).isTrue();
        assertThat(part(null, "SUBMITTED").awaitingModeration()).isTrue();
        assertThat(part(null, "MODERATED").awaitingResolution()).isTrue();
        assertThat(part(null, "RESOLVED").complete()).isTrue();
        assertThat(part(null, "SUBMITTED").beingAudited()).isFalse();
        assertThat(part(null, "MODERATED").complete()).isFalse();
    }
}
