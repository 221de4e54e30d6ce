package org.homeward.episode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class PoliceMessageInboxPagingTest {

    @Autowired PoliceMessages messages;
    @Autowired JdbcClient jdbc;

    @Test
    void pagingForwardThenBackReturnsTheSameMessagesOnceEachWaitingFirstWhenTheyTieOnTheTimeSent() {
        UUID council = UUID.randomUUID();
        jdbc.sql("insert into agency (id, name, kind) values (:id, :name, 'HEALTH')")
                .param("id", council).param("name", "Inbox agency " + council).update();
        UUID child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Inbox', 'Pager', date '2010-01-01', 'F', 'NONE', now(), now(), 0)""").param("id", child).update();
        UUID episode = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, created_at,
                                     updated_at, version)
                values (:id, :child, 'MISSING_FROM_HOME', 'HOME', now() - interval '3 days', 'Home', now(), now(), 0)""")
                .param("id", episode).param("child", child).update();
        for (int n = 0; n < 23; n++) {
            jdbc.sql("""
                    insert into police_message (id, episode_id, child_id, kind, to_agency_id, sent_at, sent_by_name,
                                                acknowledged_at, acknowledged_by_name)
                    values (gen_random_uuid(), :e, :c, 'MISSING_REPORT', :to,
                            date_trunc('hour', now()) - make_interval(hours => 30 - :n / 3),
                            'Paging', case when :n % 4 = 0 then now() end, case when :n % 4 = 0 then 'Paging' end)""")
                    .param("e", episode).param("c", child).param("to", council).param("n", n).update();
        }
        List<PoliceMessages.Message> whole = messages.inbox(council, Keyset.ranked(null, null, 1000)).rows();
        assertThat(whole).hasSize(23)
                .isSortedAccordingTo(Comparator.comparing(PoliceMessages.Message::acknowledged)
                        .thenComparing(PoliceMessages.Message::sentAt, Comparator.reverseOrder()));

        PageLinks.Walk<PoliceMessages.Message> walked = PageLinks.walk((after, before) ->
                messages.inbox(council, Keyset.ranked(after, before, 4)));
        assertThat(walked.forward()).hasSize(6);
        assertThat(walked.all()).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
        assertThat(walked.back()).isEqualTo(walked.forward());
    }
}
