package org.homeward.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class AuditSearchPagingTest {

    @Autowired AuditSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private String page(String path) {
        try {
            return mvc.perform(get(path).with(as(users, "auditor"))).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAuditorPagesOlderThenNewerEntriesKeepingTheSearch() {
        String username = "webpager" + UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; n < AuditSearch.PAGE_SIZE + 7; n++) {
            jdbc.sql("""
                    insert into audit_entry (occurred_at, username, action, record_type, detail)
                    values (date_trunc('minute', now()) - make_interval(mins => :n / 2), :u, 'VIEW', 'child', :d)""")
                    .param("n", n).param("u", username).param("d", "Paging entry " + n).update();
        }
        String first = page("/audit?user=" + username);
        String older = PageLinks.link(first, "next");
        assertThat(older).startsWith("/audit?").contains("user=" + username).contains("after=");
        assertThat(first).contains("Older entries").doesNotContain("Newer entries");
        String second = page(older);
        assertThat(second).contains("Paging entry " + (AuditSearch.PAGE_SIZE + 6)).doesNotContain("rel=\"next\"");
        assertThat(PageLinks.walk(first, this::page, html -> java.util.regex.Pattern.compile("Paging entry \\d+")
                .matcher(html).results().map(java.util.regex.MatchResult::group).toList()).all())
                .hasSize(AuditSearch.PAGE_SIZE + 7).doesNotHaveDuplicates();
        assertThat(PageLinks.link(page("/audit?user=" + username + "&before=2026-01-01T00:00:00Z_" + UUID.randomUUID()),
                "next")).as("a UUID where an entry number belongs: the first page").isEqualTo(older);
    }

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
