package org.homeward.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.Reactions;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A reaction in another module that fails undoes nothing the person did, and is tried again until it succeeds. */
@HomewardTest
class FailedReactionsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired ReactionThatFails reaction;
    @Autowired FailedReactions failedReactions;

    @Test
    void aFailingReactionDoesNotUndoTheReportAndIsTriedAgain() throws Exception {
        UUID child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Reaction', 'Tester', date '2011-05-05', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update();
        TestChildren.placeAtOakfield(jdbc, child);
        reaction.failFor(child);

        UUID episode = TestEpisodes.report(mvc, users, child, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(3));

        assertThat(jdbc.sql("select count(*) from episode where id = :e").param("e", episode).query(Long.class).single())
                .as("the report stands").isEqualTo(1);
        assertThat(shares(episode)).as("the other modules' reactions ran").isEqualTo(1);
        assertThat(reaction.handled(episode)).isFalse();
        assertThat(publications(episode)).as("the failed reaction is kept, to be tried again").containsExactly("FAILED");
        assertThat(failedReactions.waiting()).isPositive();

        reaction.letThrough(child);
        assertThat(failedReactions.retry()).isTrue();
        Reactions.settle(jdbc);

        assertThat(reaction.handled(episode)).isTrue();
        assertThat(publications(episode)).as("done, so no longer kept").isEmpty();
        assertThat(shares(episode)).as("tried again, nothing else happened twice").isEqualTo(1);
    }

    private List<String> publications(UUID episode) {
        return jdbc.sql("""
                select status from event_publication
                 where listener_id like '%ReactionThatFails%' and serialized_event like '%' || :e || '%'""")
                .param("e", episode.toString()).query(String.class).list();
    }

    private long shares(UUID episode) {
        return jdbc.sql("select count(*) from information_share where source_module = 'episode' and source_id = :e")
                .param("e", episode).query(Long.class).single();
    }
}
