package org.homeward.audit.internal;

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
class AuditSearchPagingTest {

    @Autowired AuditSearch search;
    @Autowired JdbcClient jdbc;

    @Test
    void pagingForwardThenBackReturnsTheSameEntriesOnceEachWhenTheyTieOnTime() {
        String username = "pager" + UUID.randomUUID().toString().substring(0, 8);
        UUID child = UUID.randomUUID();
        for (int n = 0; n < 17; n++) {
            jdbc.sql("""
                    insert into audit_entry (occurred_at, username, action, record_type, child_id)
                    values (date_trunc('minute', now()) - make_interval(mins => :n / 4), :u, 'VIEW', 'child', :c)""")
                    .param("n", n).param("u", username).param("c", child).update();
        }
        AuditSearch.Criteria byUser = new AuditSearch.Criteria(null, username.toUpperCase(), null, null);
        List<AuditSearch.Entry> whole = search.find(byUser, Keyset.numbered(null, null, 1000)).rows();
        assertThat(whole).hasSize(17).isSortedAccordingTo(Comparator.comparing(AuditSearch.Entry::occurredAt)
                .thenComparing(AuditSearch.Entry::id).reversed());

        for (AuditSearch.Criteria criteria : List.of(byUser, new AuditSearch.Criteria(child, null, null, null))) {
            PageLinks.Walk<AuditSearch.Entry> walked = PageLinks.walk((after, before) ->
                    search.find(criteria, Keyset.numbered(after, before, 5)));
            assertThat(walked.forward()).hasSize(4);
            assertThat(walked.all()).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
            assertThat(walked.back()).isEqualTo(walked.forward());
        }
    }
}
