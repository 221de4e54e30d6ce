package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The RHI worker's list when years of overdue offers pile up: a child who came back today is on
 * the first page, the overdue offers are counted and paged, and times read in days and hours.
 */
@HomewardTest
class ReturnInterviewListWebTest {

    static final int OVERDUE = 205;
    static final Pattern OFFER_LINK = Pattern.compile("href=\"/return-interviews/([0-9a-f-]{36})\"");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    UUID longOverdue;
    UUID newlyReturned;
    UUID newOffer;
    Set<UUID> overdueOffers = new LinkedHashSet<>();

    @BeforeEach
    void yearsOfOverdueOffersAndOneChildBackToday() {
        longOverdue = TestOffers.child(jdbc, "Lingering", "Backlog");
        newlyReturned = TestOffers.child(jdbc, "Newly", "Returned");
        // One episode a week from January 2023, each found two hours later, none ever interviewed.
        overdueOffers.addAll(TestOffers.weeklySince2023(jdbc, longOverdue, OVERDUE));
        newOffer = TestOffers.offer(jdbc, newlyReturned, "now() - interval '2 hours'");
    }

    @AfterEach
    void removeThem() {
        TestOffers.remove(jdbc, longOverdue);
        TestOffers.remove(jdbc, newlyReturned);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(users, "rhiworker"))).andReturn().getResponse().getContentAsString();
    }

    static List<UUID> offers(String html) {
        List<UUID> ids = new ArrayList<>();
        Matcher m = OFFER_LINK.matcher(html);
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }

    static String link(String html, String rel) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    @Test
    void aChildBackTodayIsOnTheFirstPageHoweverManyOffersAreOverdue() throws Exception {
        String first = page("/return-interviews");
        assertThat(offers(first)).contains(newOffer).doesNotContainAnyElementsOf(overdueOffers);
        assertThat(first).contains("Newly Returned").contains("2 days 21 hours left")
                .containsPattern("Overdue \\(\\d{3,}\\)")
                .contains("offers are past their 72 hours")
                .doesNotContain("Lingering Backlog");
    }

    @Test
    void overdueOffersAreCountedAndPagedMostRecentlyOverdueFirstInDaysAndHours() throws Exception {
        String first = page("/return-interviews?due=overdue");
        List<UUID> shown = offers(first);
        assertThat(shown).hasSize(ReturnInterviewController.PAGE_SIZE).doesNotContain(newOffer);
        assertThat(first).contains("class=\"govuk-pagination\"").doesNotContain("rel=\"prev\"")
                .doesNotContainPattern("Overdue by \\d{3,} hours").containsPattern("Overdue by \\d+ days? \\d+ hours?")
                .contains("Offers past their 72 hours, latest due first");
        // The latest of the backlog comes before the earliest.
        String all = first;
        String next = link(first, "next");
        Set<UUID> seen = new LinkedHashSet<>(shown);
        int pages = 1;
        while (next != null) {
            assertThat(next).startsWith("/return-interviews?").contains("due=overdue").contains("after=");
            String html = page(next);
            List<UUID> rows = offers(html);
            assertThat(rows).isNotEmpty().doesNotContainAnyElementsOf(seen);
            seen.addAll(rows);
            all = html;
            next = link(html, "next");
            pages++;
        }
        assertThat(seen).containsAll(overdueOffers);
        assertThat(pages).isGreaterThanOrEqualTo(OVERDUE / ReturnInterviewController.PAGE_SIZE);
        assertThat(link(all, "prev")).contains("before=");
        // Every offer appears exactly once across the pages, the latest of this child's first.
        List<UUID> backlog = new ArrayList<>(seen);
        backlog.retainAll(overdueOffers);
        List<UUID> latestFirst = jdbc.sql("select id from rhi_offer where child_id = :c order by due_at desc")
                .param("c", longOverdue).query(UUID.class).list();
        assertThat(backlog).containsExactlyElementsOf(latestFirst);
    }

    @Test
    void previousLeadsBackToTheSameRows() throws Exception {
        String first = page("/return-interviews?due=overdue&sort=due");
        String second = page(link(first, "next"));
        String back = page(link(second, "prev"));
        assertThat(offers(back)).containsExactlyElementsOf(offers(first));
        assertThat(first).contains("Offers past their 72 hours, soonest due first");
    }

    @Test
    void anAlteredPositionOpensTheFirstPage() throws Exception {
        assertThat(offers(page("/return-interviews?due=overdue&after=yesterday_lunchtime")))
                .containsExactlyElementsOf(offers(page("/return-interviews?due=overdue")));
    }
}
