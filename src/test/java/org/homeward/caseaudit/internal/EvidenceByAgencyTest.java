package org.homeward.caseaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.child.ChildFacts;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.meeting.MeetingTimeliness.Kind;
import org.homeward.meeting.MeetingTimeliness.Step;
import org.homeward.meeting.MeetingTimeliness.Verdict;
import org.homeward.meeting.MeetingTimeliness;
import org.junit.jupiter.api.Test;

/**
 * Each agency's auditor is given their agency's part of the same child's record; the lead's view holds it all.
 * What the record says was done by someone of an agency is that agency's; else the kind of record says whose.
 */
class EvidenceByAgencyTest {

    static final UUID CHILD = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();
    static final UUID POLICE = UUID.randomUUID();
    static final UUID RHI = UUID.randomUUID();
    static final UUID HEALTH = UUID.randomUUID();
    static final UUID SCHOOL = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-06-30T11:00:00Z");

    static Instant day(int d) {
        return Instant.parse("2026-05-01T09:00:00Z").plusSeconds(86_400L * d);
    }

    static ChronologyEntry entry(int d, String kind, String title, String detail, UUID agency) {
        return new ChronologyEntry(day(d), day(d), kind, title, detail, "/x", agency);
    }

    static final List<ChronologyEntry> RECORD = List.of(
            entry(1, "Episode", "Risk graded high", "Recorded by PC Ash", POLICE),
            entry(2, "Episode", "Safe and well check held by PC Ash", null, null),
            entry(3, "Trigger plan", "Trigger plan version 1", "Effective from 3 May 2026", null),
            entry(4, "Risk screening", "Council risk screening: high", null, null),
            entry(5, "Meeting", "Missing management meeting held", "Chaired by Morgan", null),
            entry(6, "Strategy discussion", "Strategy discussion held", "No section 47 enquiries", null),
            entry(7, "Supervision", "Case supervision", null, null),
            entry(8, "Return interview", "Return home interview offer opened", null, null),
            entry(9, "Return interview", "Return home interview held", "Held within 72 hours; by Safe Return", null),
            entry(10, "Information share", "Information shared with Police", "A&E attendance", HEALTH),
            entry(11, "Referral", "Referred to Children's social care", "Absent from school", SCHOOL),
            entry(12, "Information share", "Information shared with School", "Missing again", COUNCIL),
            entry(13, "Episode", "Reported missing", "Recorded by the carer", null));

    static final List<Step> STEPS = List.of(
            new Step(Kind.STRATEGY_DISCUSSION, day(6), LocalDate.of(2026, 5, 10), day(6), Verdict.ON_TIME),
            new Step(Kind.TRIGGER_PLAN, day(5), LocalDate.of(2026, 5, 13), day(14), Verdict.LATE),
            new Step(Kind.MEETING_REVIEW, day(5), LocalDate.of(2026, 6, 5), null, Verdict.OVERDUE));

    static final List<CaseAudits.Line> LINES = List.of(
            new CaseAudits.Line(UUID.randomUUID(), 1, "Risk", "RISK"),
            new CaseAudits.Line(UUID.randomUUID(), 2, "Thresholds", "THRESHOLDS"),
            new CaseAudits.Line(UUID.randomUUID(), 3, "Coordination", "COORDINATION"),
            new CaseAudits.Line(UUID.randomUUID(), 4, "Voice", "VOICE"),
            new CaseAudits.Line(UUID.randomUUID(), 5, "Supervision", "SUPERVISION"),
            new CaseAudits.Line(UUID.randomUUID(), 6, "Interviews", "RHI"));

    final Evidence evidence = new Evidence(List.<ChronologySource>of(c -> RECORD),
            List.<EpisodeHistory>of(c -> List.of(new EpisodeFacts(UUID.randomUUID(), "Missing", day(1), day(1), day(2),
                    "1 day", false, "High", null, false, day(1), "HIGH"))),
            List.<ChildFacts>of(c -> List.of(new ChildFacts.Fact("Trusted worker", "Sam", null, null))),
            null, null, List.<MeetingTimeliness>of((c, now) -> STEPS));

    Map<UUID, Evidence.LineEvidence> gather(UUID agency, String kind) {
        return evidence.gather(CHILD, LINES, LocalDate.of(2026, 5, 1), NOW, new Evidence.Scope(agency, kind));
    }

    static List<String> titles(Map<UUID, Evidence.LineEvidence> gathered, int line) {
        return gathered.get(LINES.get(line - 1).id()).entries().stream().map(ChronologyEntry::title).toList();
    }

    static List<String> facts(Map<UUID, Evidence.LineEvidence> gathered, int line) {
        return gathered.get(LINES.get(line - 1).id()).facts();
    }

    @Test
    void thePolicePartIsTheirGradingsSafeAndWellChecksAndTriggerPlans() {
        Map<UUID, Evidence.LineEvidence> police = gather(POLICE, "POLICE_FORCE");
        assertThat(titles(police, 1)).containsExactly("Risk graded high", "Safe and well check held by PC Ash");
        assertThat(facts(police, 1)).containsExactly("1 episode in the period; the police graded the risk of 1",
                "1 safe and well check recorded");
        assertThat(titles(police, 3)).containsExactly("Trigger plan version 1");
        assertThat(facts(police, 3)).contains("Trigger plans on file by the day due: 0 of 1",
                        "Trigger plan decided 6 May 2026, due by 13 May 2026: on file 15 May 2026, late")
                .noneMatch(f -> f.contains("review date") || f.contains("Strategy"));
        assertThat(titles(police, 2)).isEmpty();
        assertThat(titles(police, 5)).isEmpty();
        assertThat(facts(police, 6)).containsExactly("0 records of the agency in the period");
        assertThat(facts(police, 4)).noneMatch(f -> f.startsWith("Trusted worker"));
    }

    @Test
    void theSocialCarePartIsTheirAssessmentsMeetingsDiscussionsSupervisionAndTheirOwnShares() {
        Map<UUID, Evidence.LineEvidence> council = gather(COUNCIL, "LOCAL_AUTHORITY");
        assertThat(titles(council, 1)).containsExactly("Council risk screening: high", "Strategy discussion held");
        assertThat(facts(council, 1)).containsExactly("1 council risk screening recorded");
        assertThat(titles(council, 2)).containsExactly("Missing management meeting held", "Strategy discussion held");
        assertThat(facts(council, 2)).contains("Strategy discussions held by the due day: 1 of 1");
        assertThat(titles(council, 3)).containsExactly("Missing management meeting held", "Information shared with School");
        assertThat(facts(council, 3)).contains("Missing management meetings reviewed by the review date set: 0 of 1",
                "Meeting of 6 May 2026, due by 5 June 2026: not yet, overdue").noneMatch(f -> f.contains("Trigger"));
        assertThat(titles(council, 5)).containsExactly("Case supervision");
        assertThat(titles(council, 6)).isEmpty();
    }

    @Test
    void theInterviewProvidersPartIsTheInterviewsAndTheChildsWords() {
        Map<UUID, Evidence.LineEvidence> rhi = gather(RHI, "RHI_PROVIDER");
        assertThat(facts(rhi, 6)).containsExactly(
                "1 interview offered; 1 held, 1 of them within 72 hours; findings reflected in the plan 0 times");
        assertThat(titles(rhi, 4)).containsExactly("Return home interview held");
        assertThat(facts(rhi, 4)).contains("Trusted worker: Sam");
        assertThat(titles(rhi, 1)).isEmpty();
        assertThat(titles(rhi, 3)).isEmpty();
    }

    @Test
    void healthAndEducationSeeWhatTheyThemselvesSharedAndReferred() {
        Map<UUID, Evidence.LineEvidence> health = gather(HEALTH, "HEALTH");
        assertThat(titles(health, 3)).containsExactly("Information shared with Police");
        assertThat(titles(health, 2)).isEmpty();
        assertThat(facts(health, 3)).noneMatch(f -> f.contains("Trigger") || f.contains("review date"));
        Map<UUID, Evidence.LineEvidence> school = gather(SCHOOL, "EDUCATION");
        assertThat(titles(school, 2)).containsExactly("Referred to Children's social care");
        assertThat(titles(school, 3)).isEmpty();
    }

    @Test
    void theLeadsConsolidatedViewHoldsEveryAgencysPart() {
        Map<UUID, Evidence.LineEvidence> all = evidence.gather(CHILD, LINES, LocalDate.of(2026, 5, 1), NOW,
                Evidence.Scope.ALL);
        assertThat(titles(all, 1)).containsExactly("Risk graded high", "Safe and well check held by PC Ash",
                "Council risk screening: high", "Strategy discussion held");
        assertThat(titles(all, 2)).containsExactly("Missing management meeting held", "Strategy discussion held",
                "Referred to Children's social care");
        assertThat(titles(all, 3)).containsExactly("Trigger plan version 1", "Missing management meeting held",
                "Information shared with Police", "Information shared with School");
        assertThat(facts(all, 3)).contains("Trigger plans on file by the day due: 0 of 1",
                "Missing management meetings reviewed by the review date set: 0 of 1");
    }
}
