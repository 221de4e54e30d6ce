package org.homeward.insight.internal.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.InsightScope;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole partnership's places and associates read from the summaries by day and month equal those read from
 * the episodes: whole months, part-months and a period inside one month, both orders and a later page; after a
 * full count, a recent count that added an episode, and an erasure. Words typed differently for one location,
 * places that are only words, places frequented and a person of concern are among them. The network's links read
 * a batch of children at a time are those of one query over the period.
 */
@HomewardTest
class PlacesSummaryTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired UsedPlaces places;
    @Autowired LinkedAssociates associates;
    @Autowired ChildNetwork network;
    @Autowired KeptNetworks kept;
    @Autowired PeriodSummaries summaries;
    @Autowired EpisodeFacts facts;

    private final List<UUID> children = new ArrayList<>();
    private final List<UUID> locations = new ArrayList<>();
    private final List<UUID> linked = new ArrayList<>();
    private final List<UUID> councils = new ArrayList<>();

    @AfterEach
    void removeTheTestPartnership() {
        for (UUID child : children) {
            jdbc.sql("delete from location_link where child_id = :c").param("c", child).update();
            jdbc.sql("delete from child_associate where child_id = :c").param("c", child).update();
            jdbc.sql("delete from episode_grading where episode_id in (select id from episode where child_id = :c)")
                    .param("c", child).update();
            jdbc.sql("delete from episode where child_id = :c").param("c", child).update();
            jdbc.sql("delete from child where id = :c").param("c", child).update();
        }
        for (UUID a : linked) {
            jdbc.sql("delete from associate where id = :a").param("a", a).update();
        }
        for (UUID l : locations) {
            jdbc.sql("delete from location where id = :l").param("l", l).update();
        }
        for (UUID council : councils) {
            jdbc.sql("delete from agency where id = :la").param("la", council).update();
        }
        directory.agenciesChanged();
    }

    @Test
    void summariesEqualTheEpisodesThroughCountsAndErasures() {
        UUID council = council("Places Summary Council");
        UUID ann = child(council, "Ann");
        UUID ben = child(council, "Ben");
        UUID cal = child(council, "Cal");
        location("Summary Arcade");
        UUID club = location("Summary Youth Club, Testbury");
        episode(ann, at("2025-01-31T23:30"), "Summary Arcade", "Summary Bridge", null);
        episode(ann, at("2025-02-14T18:00"), "SUMMARY ARCADE!", null, null);
        episode(ben, at("2025-02-14T20:00"), "summary arcade", "Summary Bridge", "HIGH");
        episode(ben, at("2025-03-30T00:30"), "Summary Bridge", "summary  bridge", "LOW");
        episode(ann, at("2025-03-30T01:00"), "summary bridge", null, null);
        UUID erased = episode(cal, at("2025-04-09T12:00"), "Summary Bridge", "Home", "MEDIUM");
        episode(cal, ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(200), "Summary Arcade", null, null);
        frequents(ann, club);
        frequents(ben, club);
        frequents(cal, locations.get(0));
        UUID friend = associate("Summary Friend", false);
        UUID concern = associate("Summary Concern", true);
        UUID single = associate("Summary Single", false);
        UUID loneConcern = associate("Summary Lone Concern", true);
        link(ann, friend);
        link(ben, friend);
        link(ben, concern);
        link(cal, concern);
        link(cal, single);
        link(ann, loneConcern);
        facts.refreshAll();
        assertThat(summaries.ready()).isTrue();
        assertThat(same("2025-01-01", "2025-03-31").places()).extracting(UsedPlaces.Place::name)
                .contains("Summary Arcade", "Summary Bridge", "Summary Youth Club, Testbury");
        same("2025-01-15", "2025-04-10");
        assertThat(network.links(asked("2025-03-01", "2025-03-31"))).extracting(ChildNetwork.Row::kind)
                .as("went missing together, at a place and with an associate").contains("CHILD", "PLACE", "ASSOCIATE");
        same("2025-02-01", "2025-02-28");
        same("2025-02-10", "2025-02-20");
        same("2024-10-01", "2025-12-31");

        episode(ben, ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(3), "Summary Arcade", "Summary Bridge",
                "HIGH");
        facts.refreshRecent();
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        same(today.minusDays(60).toString(), today.toString());
        same(today.minusYears(1).plusDays(1).toString(), today.toString());
        same(today.minusMonths(13).withDayOfMonth(1).toString(), today.toString());

        jdbc.sql("delete from episode_grading where episode_id = :e").param("e", erased).update();
        jdbc.sql("delete from episode where id = :e").param("e", erased).update();
        assertThat(summaries.ready()).as("the erased episode's month is stale").isFalse();
        facts.refreshRecent();
        assertThat(summaries.ready()).as("the next count rebuilt it").isTrue();
        same("2025-04-01", "2025-04-30");
        same("2025-01-15", "2025-04-10");
    }

    /**
     * A network is worked out once for each question and kept until the episodes are counted again: then it is
     * worked out again at once. An erasure is never shown from a kept network.
     */
    @Test
    void aNetworkIsKeptUntilTheEpisodesAreCountedAgain() {
        UUID council = council("Kept Network Council");
        UUID ann = child(council, "Ann");
        UUID ben = child(council, "Ben");
        UUID cal = child(council, "Cal");
        UUID friend = associate("Kept Friend", false);
        link(ann, friend);
        link(ben, friend);
        episode(ann, at("2025-05-10T20:00"), "Kept Park", null, null);
        episode(ben, at("2025-05-11T20:00"), "Kept Station", null, null);
        episode(cal, at("2025-05-12T20:00"), "Kept Station", null, null);
        facts.refreshAll();
        PlacesQuestion.Asked may = new PlacesQuestion.Asked(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"),
                new InsightScope.Shown("Kept Network Council", Optional.of(List.of(council)), List.of(), "", council),
                false);

        KeptNetworks.Kept first = kept.of(may, 1);
        assertThat(first.network().groups()).extracting(ChildNetwork.Group::children).containsExactly(3L);
        assertThat(first.counted()).isEqualTo(facts.asAt().orElseThrow());
        assertThat(kept.of(may, 1).network()).as("kept").isSameAs(first.network());

        UUID dan = child(council, "Dan");
        UUID erased = episode(dan, at("2025-05-13T20:00"), "Kept Station", null, null);
        assertThat(kept.of(may, 1).network()).as("as at the count").isSameAs(first.network());
        facts.refreshAll();
        KeptNetworks.Kept second = kept.of(may, 1);
        assertThat(second.counted()).isAfter(first.counted());
        assertThat(second.network().groups()).extracting(ChildNetwork.Group::children).containsExactly(4L);

        jdbc.sql("delete from episode where id = :e").param("e", erased).update();
        assertThat(kept.of(may, 1).network().groups()).as("the erased episode's child is gone at once")
                .extracting(ChildNetwork.Group::children).containsExactly(3L);
    }

    /** Every list and count of both pages, from the summaries and from the episodes; the first list of places. */
    private UsedPlaces.Page same(String from, String to) {
        PlacesQuestion.Asked asked = asked(from, to);
        UsedPlaces.Page summarised = places.used(asked, UsedPlaces.Order.CHILDREN, 1000, 0, true);
        assertThat(summarised).as(from + " to " + to).isEqualTo(places.used(asked, UsedPlaces.Order.CHILDREN, 1000, 0, false));
        assertThat(places.used(asked, UsedPlaces.Order.RISK, 3, 1, true))
                .isEqualTo(places.used(asked, UsedPlaces.Order.RISK, 3, 1, false));
        assertThat(places.used(asked, UsedPlaces.Order.RISK, 20, 10_000, true))
                .isEqualTo(places.used(asked, UsedPlaces.Order.RISK, 20, 10_000, false));
        assertThat(associates.linked(asked, 1000, 0, true)).isEqualTo(associates.linked(asked, 1000, 0, false));
        PlacesQuestion.Asked pseudonymised = new PlacesQuestion.Asked(asked.from(), asked.to(), asked.shown(), false);
        assertThat(associates.linked(pseudonymised, 2, 1, true)).isEqualTo(associates.linked(pseudonymised, 2, 1, false));
        assertThat(network.partnershipLinks(asked)).as("the network's links, a batch of children at a time")
                .isEqualTo(network.links(asked));
        assertThat(network.partnershipLinks(pseudonymised)).isEqualTo(network.links(pseudonymised));
        return summarised;
    }

    private static PlacesQuestion.Asked asked(String from, String to) {
        return new PlacesQuestion.Asked(LocalDate.parse(from), LocalDate.parse(to),
                new InsightScope.Shown("the whole partnership", Optional.empty(), List.of(), "the whole partnership",
                        null), true);
    }

    private UUID child(UUID council, String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, responsible_authority_id,
                                   created_at, updated_at, version)
                values (:id, :g, 'Placesummary', date '2009-03-03', 'F', 'CIN', :la, now(), now(), 0)""")
                .param("id", id).param("g", given).param("la", council).update();
        children.add(id);
        return id;
    }

    private UUID location(String description) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into location (id, description, town, created_at, updated_at, version)
                values (:id, :d, 'Testbury', now(), now(), 0)""").param("id", id).param("d", description).update();
        locations.add(id);
        return id;
    }

    /** An episode two hours long, graded at {@code risk} when not null. */
    private UUID episode(UUID child, ZonedDateTime lastSeen, String place, String foundAt, String risk) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     located_where, created_at, updated_at, version)
                values (:e, :c, 'MISSING_FROM_HOME', 'HOME', :seen, :place, cast(:seen as timestamptz) + interval '2 hours',
                        :found, now(), now(), 0)""")
                .param("e", id).param("c", child).param("seen", Timestamp.from(lastSeen.toInstant()))
                .param("place", place).param("found", foundAt).update();
        if (risk != null) {
            jdbc.sql("""
                    insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at,
                                                 graded_by_name)
                    values (gen_random_uuid(), :e, 'MISSING', :r, 'Known to go there', :at, 'Officer')""")
                    .param("e", id).param("r", risk).param("at", Timestamp.from(lastSeen.plusHours(1).toInstant()))
                    .update();
        }
        return id;
    }

    private void frequents(UUID child, UUID location) {
        jdbc.sql("""
                insert into location_link (id, location_id, child_id, episode_id, kind, linked_at)
                values (gen_random_uuid(), :l, :c, null, 'frequented', now())""")
                .param("l", location).param("c", child).update();
    }

    private UUID associate(String name, boolean concern) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into associate (id, name, person_of_concern, concern_reason, created_at, updated_at, version)
                values (:id, :name, :concern, :reason, now(), now(), 0)""")
                .param("id", id).param("name", name).param("concern", concern)
                .param("reason", concern ? "Seen with children at night" : null).update();
        linked.add(id);
        return id;
    }

    private void link(UUID child, UUID associate) {
        jdbc.sql("""
                insert into child_associate (child_id, associate_id, relationship, linked_at)
                values (:c, :a, 'Friend', now())""").param("c", child).param("a", associate).update();
    }

    private UUID council(String name) {
        UUID council = TestCouncils.add(jdbc, directory, name);
        councils.add(council);
        return council;
    }

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ClockConfiguration.LONDON);
    }
}
