package org.homeward.insight.internal.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestCouncils;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole partnership's "does it work?" figures read from the summaries by day and month equal those read from
 * the episodes: return interviews, safe and well checks, how quickly each agency was told and the following of
 * returns, for whole months, part-months and a period inside one month; after a full count, a recent count that
 * added a return (and ended the following of an older one), and an erasure.
 */
@HomewardTest
class ImpactSummaryTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired ImpactFigures figures;
    @Autowired PeriodSummaries summaries;
    @Autowired EpisodeFacts facts;

    private final List<UUID> children = new ArrayList<>();
    private UUID council;
    private UUID neighbour;
    private UUID worker;

    @Test
    void summariesEqualTheEpisodesThroughCountsAndErasures() {
        worker = jdbc.sql("select id from user_account where username = 'socialworker'").query(UUID.class).single();
        council = TestCouncils.add(jdbc, directory, "Impact Summary Council");
        neighbour = TestCouncils.add(jdbc, directory, "Impact Summary Neighbour");
        try {
            UUID ann = child(council);
            UUID ben = child(council);
            UUID cal = child(council);
            UUID placed = placement(ben, council, neighbour);

            // Returned late on the last day of January, London time; an interview and a check follow.
            UUID first = episode(ann, null, at("2025-01-31T20:00"), at("2025-01-31T23:30"), at("2025-01-31T20:30"),
                    at("2025-01-31T21:10"));
            interview(offer(first, "ACCEPTED"), 72 * 60, true);
            safeAndWell(first, 25 * 60 + 30);
            // Missing again 38 days later; this one is erased below.
            UUID again = episode(ann, null, at("2025-03-10T09:00"), at("2025-03-10T18:00"), at("2025-03-10T09:40"),
                    null);
            safeAndWell(again, 90);
            episode(ann, null, at("2025-05-01T12:00"), at("2025-05-02T00:30"), null, null);

            UUID away = episode(ben, placed, at("2025-02-14T18:00"), at("2025-02-15T01:00"), at("2025-02-14T19:00"),
                    at("2025-02-14T19:45"));
            offer(away, "DECLINED");
            safeAndWell(away, -30);
            told(away, ben, placed, at("2025-02-14T22:00"));
            UUID awayAgain = episode(ben, placed, at("2025-03-30T00:30"), at("2025-03-30T06:00"), null, null);
            told(awayAgain, ben, placed, at("2025-03-30T00:50"));
            episode(ben, placed, at("2025-04-09T12:00"), null, null, null);

            ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON);
            // Followed for the whole time, and one still followed today.
            episode(cal, null, now.minusDays(300), now.minusDays(299), null, null);
            episode(cal, null, now.minusDays(100), now.minusDays(99).plusHours(3), now.minusDays(100).plusHours(1),
                    now.minusDays(100).plusHours(2));
            facts.refreshAll();
            assertThat(summaries.ready()).isTrue();
            ImpactFigures.Outcomes quarter = same("2025-01-01", "2025-03-31");
            assertThat(quarter.safeAndWell().returns()).isGreaterThanOrEqualTo(4);
            assertThat(quarter.followed()).isNotEmpty();
            same("2025-01-15", "2025-04-10");
            same("2025-02-01", "2025-02-28");
            same("2025-02-10", "2025-02-20");
            same("2025-01-31", "2025-01-31");
            same("2024-10-01", "2025-12-31");
            LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
            same(today.minusYears(1).plusDays(1).toString(), today.toString());

            // A new return three days ago: it ends the following of Cal's return 99 days ago, older than the
            // episodes a recent count counts again.
            episode(cal, null, now.minusDays(4), now.minusDays(3), now.minusDays(4).plusHours(1), null);
            facts.refreshRecent();
            same(today.minusDays(60).toString(), today.toString());
            same(today.minusYears(1).plusDays(1).toString(), today.toString());
            same(today.minusMonths(13).withDayOfMonth(1).toString(), today.toString());
            same(today.minusDays(99).toString(), today.minusDays(99).toString());

            long march = same("2025-03-01", "2025-03-31").safeAndWell().returns();
            jdbc.sql("delete from safe_and_well_check where episode_id = :e").param("e", again).update();
            jdbc.sql("delete from episode where id = :e").param("e", again).update();
            assertThat(summaries.ready()).as("the erased episode's months are stale").isFalse();
            facts.refreshRecent();
            assertThat(summaries.ready()).as("the next count rebuilt them").isTrue();
            assertThat(same("2025-03-01", "2025-03-31").safeAndWell().returns()).isEqualTo(march - 1);
            same("2025-01-01", "2025-03-31");
            same("2025-01-15", "2025-04-10");
        } finally {
            for (UUID child : children) {
                jdbc.sql("delete from rhi_interview where offer_id in (select id from rhi_offer where child_id = :c)")
                        .param("c", child).update();
                jdbc.sql("delete from rhi_offer where child_id = :c").param("c", child).update();
                jdbc.sql("delete from crossborder_notice where child_id = :c").param("c", child).update();
                jdbc.sql("delete from safe_and_well_check where episode_id in (select id from episode where child_id = :c)")
                        .param("c", child).update();
                jdbc.sql("delete from episode where child_id = :c").param("c", child).update();
                jdbc.sql("delete from placement where child_id = :c").param("c", child).update();
                jdbc.sql("delete from child where id = :c").param("c", child).update();
            }
        }
    }

    private ImpactFigures.Outcomes same(String from, String to) {
        Map<String, Object> params = figures.params(LocalDate.parse(from), LocalDate.parse(to), Optional.empty(),
                Instant.now());
        ImpactFigures.Outcomes summarised = figures.outcomes(params);
        assertThat(summarised).as(from + " to " + to).isEqualTo(figures.fromEpisodes(params));
        return summarised;
    }

    private UUID child(UUID responsible) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, responsible_authority_id,
                                   created_at, updated_at, version)
                values (:id, 'Summary', 'Impact', date '2010-01-01', 'F', 'LAC_CO', :la, now(), now(), 0)""")
                .param("id", id).param("la", responsible).update();
        children.add(id);
        return id;
    }

    private UUID placement(UUID child, UUID placing, UUID host) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       start_date, created_at, version)
                values (:id, :c, 'CHILDRENS_HOME', 'Test House', :p, :h, date '2024-01-01', now(), 0)""")
                .param("id", id).param("c", child).param("p", placing).param("h", host).update();
        return id;
    }

    private UUID episode(UUID child, UUID placement, ZonedDateTime lastSeen, ZonedDateTime located,
                         ZonedDateTime police, ZonedDateTime council) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, placement_id, last_seen_at, last_seen_place,
                                     located_at, reported_to_police_at, council_notified_at, created_at, updated_at, version)
                values (:id, :c, :cat, 'PLACEMENT', :p, :seen, 'Test House', :located, :police, :council, now(), now(), 0)""")
                .param("id", id).param("c", child).param("cat", placement == null ? "MISSING_FROM_HOME" : "MISSING_FROM_CARE")
                .param("p", placement).param("seen", ts(lastSeen)).param("located", ts(located))
                .param("police", ts(police)).param("council", ts(council)).update();
        return id;
    }

    private UUID offer(UUID episode, String outcome) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, outcome,
                                       outcome_reason, outcome_at, created_at)
                select :id, e.id, e.child_id, e.located_at, e.located_at + interval '72 hours', :p, :o,
                       'Recorded by the provider', e.located_at, now()
                  from episode e where e.id = :e""")
                .param("id", id).param("e", episode).param("p", TestOffers.SAFE_RETURN).param("o", outcome).update();
        return id;
    }

    private void interview(UUID offer, long minutesAfterReturn, boolean independent) {
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                                           independent, child_chose_known_worker, harm, exploitation, staying_safe_given,
                                           helpline_given, child_words_not_obtained, consent_to_share, recorded_by, recorded_at)
                select o.id, o.returned_at + make_interval(mins => :m), 'Interviewer', 'RHI_WORKER', 'Provider', :ind,
                       not :ind, 'None', false, true, true, 'Did not wish to talk', false, :u, now()
                  from rhi_offer o where o.id = :o""")
                .param("o", offer).param("m", (int) minutesAfterReturn).param("ind", independent).param("u", worker)
                .update();
    }

    private void safeAndWell(UUID episode, long minutesAfterReturn) {
        jdbc.sql("""
                insert into safe_and_well_check (id, episode_id, held_at, officer, method, recorded_at)
                select gen_random_uuid(), e.id, e.located_at + make_interval(mins => :m), 'PC Test', 'FACE_TO_FACE', now()
                  from episode e where e.id = :e""")
                .param("e", episode).param("m", (int) minutesAfterReturn).update();
    }

    private void told(UUID episode, UUID child, UUID placement, ZonedDateTime sentAt) {
        jdbc.sql("""
                insert into crossborder_notice (id, kind, child_id, placement_id, episode_id, recipient, from_agency_id,
                                                to_agency_id, to_agency_name, by_hand, summary, content, created_at, sent_at)
                values (gen_random_uuid(), 'MISSING', :c, :p, :e, 'PLACING_AUTHORITY', :from, :to, 'Placing council',
                        false, 'Missing', 'Missing', :sent, :sent)""")
                .param("c", child).param("p", placement).param("e", episode).param("from", neighbour)
                .param("to", council).param("sent", ts(sentAt)).update();
    }

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ClockConfiguration.LONDON);
    }

    private static Timestamp ts(ZonedDateTime at) {
        return at == null ? null : Timestamp.from(at.toInstant());
    }
}
