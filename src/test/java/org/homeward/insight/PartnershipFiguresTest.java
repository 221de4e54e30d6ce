package org.homeward.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.insight.internal.PartnershipFigures.Cell;
import org.homeward.insight.internal.PartnershipFigures.Dimension;
import org.homeward.access.Directory;
import org.homeward.support.HomewardTest;
import org.homeward.support.InsightRows;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures for a council of its own, worked out by hand: a period crossing the clocks going
 * forward (30 March 2025), London days at its edges, and the repeat window's boundary to the minute.
 */
@HomewardTest
class PartnershipFiguresTest {

    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired PartnershipFigures figures;
    @Autowired Directory directory;

    UUID council;
    UUID other;

    @BeforeEach
    void partnership() {
        council = agency("Figureshire Council");
        other = agency("Elsewhere Council");
    }

    @Test
    void figuresForAPeriodAcrossTheClocksChangeEqualTheHandCount() {
        LocalDate from = LocalDate.of(2025, 3, 29);
        LocalDate to = LocalDate.of(2025, 3, 31);
        // At home, 14: in the period (31 March 00:30 BST, Monday) and exactly 12 months before (00:30 GMT on
        // 31 March 2024): not repeat.
        UUID atHome = child("2010-06-01", "F", "WBRI", "NONE", council);
        episode(atHome, null, "MISSING_FROM_HOME", "2024-03-31T00:30:00Z", "2024-03-31T01:00:00Z");
        UUID e1 = episode(atHome, null, "MISSING_FROM_HOME", "2025-03-30T23:30:00Z", "2025-03-31T02:30:00Z");
        grade(e1, "MISSING", "HIGH");
        // Looked after in area, 16: in the period (29 March 23:30 GMT, Saturday), one minute inside 12 months: repeat.
        UUID inArea = child("2008-09-01", "M", "BCRB", "LAC_CO", council);
        UUID p1 = placement(inArea, council, council);
        episode(inArea, p1, "MISSING_FROM_CARE", "2024-03-29T23:31:00Z", "2024-03-30T05:00:00Z");
        UUID e2 = episode(inArea, p1, "AWAY_FROM_PLACEMENT", "2025-03-29T23:30:00Z", "2025-03-31T00:00:00Z");
        grade(e2, "MISSING", "LOW");
        grade(e2, "MISSING", "MEDIUM");
        // Looked after, placed out of area, 13: two episodes in the period, one still open at its end.
        UUID outOfArea = child("2011-12-01", "F", null, "LAC_S20", council);
        UUID p2 = placement(outOfArea, council, other);
        episode(outOfArea, p2, "MISSING_FROM_CARE", "2025-03-29T10:00:00Z", "2025-03-29T12:00:00Z");
        episode(outOfArea, p2, "MISSING_FROM_CARE", "2025-03-31T20:00:00Z", "2025-04-02T20:00:00Z");
        // Placed in the council's area by another, 17: one episode in the period.
        UUID placedIn = child("2007-11-15", "M", "AIND", "LAC_CO", other);
        UUID p3 = placement(placedIn, other, council);
        episode(placedIn, p3, "MISSING_FROM_CARE", "2025-03-30T12:00:00Z", "2025-03-30T13:00:00Z");
        // Outside the period by the London day, though inside it by the UTC day or the other way about.
        episode(placedIn, p3, "MISSING_FROM_CARE", "2025-03-31T23:15:00Z", "2025-04-01T01:00:00Z");
        UUID edge = child("2010-02-01", "M", "WBRI", "NONE", council);
        episode(edge, null, "MISSING_FROM_HOME", "2025-03-28T23:30:00Z", "2025-03-28T23:45:00Z");
        // Another council's child at home: not in Figureshire's figures.
        UUID elsewhere = child("2010-01-01", "F", "WBRI", "NONE", other);
        episode(elsewhere, null, "MISSING_FROM_HOME", "2025-03-30T12:00:00Z", "2025-03-30T14:00:00Z");
        jdbc.sql("update episode set harm_while_missing = 'Assaulted', return_method = 'FOUND_POLICE' where id = :e")
                .param("e", e1).update();
        facts.refreshAll();

        PartnershipFigures.Figures f = figures.figures(from, to, Optional.of(List.of(council)), 2);

        PartnershipFigures.Headline h = f.headline();
        assertThat(h.episodes()).isEqualTo(5);
        assertThat(h.missingEpisodes()).isEqualTo(4);
        assertThat(h.awayEpisodes()).isEqualTo(1);
        assertThat(h.children()).isEqualTo(4);
        assertThat(h.repeatChildren()).as("in area (one minute inside) and out of area (two in the period)").isEqualTo(2);
        assertThat(h.repeatChildrenEpisodes()).isEqualTo(3);
        assertThat(h.lookedAfterChildren()).isEqualTo(3);
        assertThat(h.lookedAfterEpisodes()).isEqualTo(4);
        assertThat(h.lookedAfterPlaced()).isEqualTo(3);
        assertThat(h.stillMissingAtEnd()).as("out of area, from 31 March 21:00 BST").isEqualTo(1);
        // How long each lasted, whenever it ended: 3 h (e1), 24 h 30 min (e2), 2 h, 48 h, 1 h.
        assertThat(h.medianMinutes()).isEqualTo(180);
        assertThat(h.over24Hours()).isEqualTo(2);

        assertThat(cells(f, Dimension.COHORT)).containsExactly(
                "AT_HOME 1/1", "IN_AREA 1/1",
                "OUT_OF_AREA 2/1", "PLACED_IN 1/1");
        assertThat(cells(f, Dimension.AGE)).containsExactly(
                "UNDER_10 0/0", "10_12 0/0",
                "13_15 3/2", "16_17 2/2",
                "18_OVER 0/0");
        assertThat(cell(f, Dimension.HOUR, "00")).as("00:30 BST on 31 March").isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.HOUR, "23")).as("23:30 GMT on 29 March").isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.WEEKDAY, "1")).as("Monday 31 March").isEqualTo(new long[] {2, 2});
        assertThat(cell(f, Dimension.RISK, "MEDIUM")).as("the latest grading").isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.RISK, "NOT_GRADED")).isEqualTo(new long[] {3, 2});
        assertThat(cell(f, Dimension.ETHNICITY, "NOT_RECORDED")).isEqualTo(new long[] {2, 1});
        assertThat(cell(f, Dimension.DURATION, "STILL_MISSING")).isEqualTo(new long[] {0, 0});
        assertThat(cell(f, Dimension.DURATION, "2_7D")).isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.DURATION, "1_2D")).isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.FOUND, "FOUND_POLICE")).isEqualTo(new long[] {1, 1});
        assertThat(cell(f, Dimension.FOUND, "NOT_RECORDED")).isEqualTo(new long[] {4, 3});
        assertThat(cell(f, Dimension.PLACEMENT, "CHILDRENS_HOME")).isEqualTo(new long[] {4, 3});
        assertThat(cell(f, Dimension.PLACEMENT, "NO_PLACEMENT")).isEqualTo(new long[] {1, 1});
        assertThat(f.riskBy().get(Dimension.AGE).get("HIGH").get("13_15")).as("e1, aged 14").isEqualTo(1);
        assertThat(f.riskBy().get(Dimension.SEX).get("MEDIUM").get("M")).as("e2, the in-area boy").isEqualTo(1);
        assertThat(f.riskBy().get(Dimension.SEX).get("NOT_GRADED").get("F")).isEqualTo(2);
        assertThat(h.harmFound()).isEqualTo(1);
        assertThat(h.exploitation()).isZero();
        assertThat(f.completeness().noRiskLevel()).isEqualTo(3);
        assertThat(f.completeness().noEthnicity()).isEqualTo(2);
        assertThat(f.months()).hasSize(1);
        assertThat(f.months().get(0).episodes()).as("every March 2025 episode: the 28th and 31st too").isEqualTo(6);
        assertThat(f.lastYear().get(0).episodes()).as("March 2024").isEqualTo(2);
    }

    @Test
    void recentEpisodesAreCountedAgainEveryFewMinutesAndOlderOnesEachNight() {
        facts.refreshAll();
        UUID child = child("2011-01-01", "F", "WBRI", "NONE", council);
        Instant now = Instant.now();
        UUID recent = episode(child, null, "MISSING_FROM_HOME", now.minusSeconds(3 * 86400).toString(),
                now.minusSeconds(3 * 86400 - 7200).toString());
        UUID open = episode(child, null, "MISSING_FROM_HOME", now.minusSeconds(3600).toString(), null);
        UUID old = episode(child, null, "MISSING_FROM_HOME", now.minusSeconds(200 * 86400).toString(),
                now.minusSeconds(200 * 86400 - 7200).toString());
        facts.refreshRecent();
        assertThat(counted(recent)).isTrue();
        assertThat(counted(open)).isTrue();
        assertThat(counted(old)).as("changes to older records wait for the night").isFalse();
        facts.refreshAll();
        assertThat(counted(old)).isTrue();
    }

    private boolean counted(UUID episode) {
        return jdbc.sql("select count(*) from insight_episode where episode_id = :e").param("e", episode)
                .query(Long.class).single() == 1;
    }

    @Test
    void anErasedEpisodeLeavesInsightAtOnce() {
        UUID child = child("2011-01-01", "F", "WBRI", "NONE", council);
        UUID episode = episode(child, null, "MISSING_FROM_HOME", "2025-05-01T18:00:00Z", "2025-05-01T20:00:00Z");
        facts.refreshAll();
        jdbc.sql("delete from episode where id = :id").param("id", episode).update();
        assertThat(jdbc.sql("select count(*) from insight_episode where episode_id = :id").param("id", episode)
                .query(Long.class).single()).isZero();
    }

    /** "VALUE episodes/children" for each value, in page order. */
    private static List<String> cells(PartnershipFigures.Figures f, Dimension d) {
        return f.breakdowns().get(d).stream().map(c -> c.value() + " " + c.episodes() + "/" + c.children()).toList();
    }

    private static long[] cell(PartnershipFigures.Figures f, Dimension d, String value) {
        Cell c = f.breakdowns().get(d).stream().filter(x -> x.value().equals(value)).findFirst().orElseThrow();
        return new long[] {c.episodes(), c.children()};
    }

    private UUID agency(String name) {
        return TestCouncils.add(jdbc, directory, name);
    }

    private UUID child(String born, String sex, String ethnicity, String legalStatus, UUID authority) {
        return InsightRows.child(jdbc, born, sex, ethnicity, legalStatus, authority);
    }

    private UUID placement(UUID child, UUID placing, UUID host) {
        return InsightRows.placement(jdbc, child, placing, host);
    }

    private UUID episode(UUID child, UUID placement, String category, String lastSeen, String located) {
        return InsightRows.episode(jdbc, child, placement, category, lastSeen, located);
    }

    private void grade(UUID episode, String classification, String risk) {
        InsightRows.grade(jdbc, episode, classification, risk);
    }
}
