package org.homeward.child.internal.philomena;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class PhilomenaExceptionsPagingTest {

    @Autowired PhilomenaExceptions exceptions;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void pagingForwardThenBackReturnsTheSameChildrenOnceEachWhenTheyTieOnTheDayTheyCameIntoCare() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        for (int i = 0; i < 5; i++) {
            UUID child = TestChildren.add(mvc, users, "Tied" + i, "Philomena");
            jdbc.sql("update placement set start_date = :start where child_id = :c")
                    .param("start", today.minusDays(30)).param("c", child).update();
        }
        InvolvedWith council = new InvolvedWith(UUID.fromString(TestChildren.SOUTH_GLOUCESTERSHIRE), null, null,
                Instant.now());
        List<PhilomenaExceptions.Row> whole = exceptions.without(today, 5, council, Keyset.of(null, null, 100_000))
                .rows();
        assertThat(whole.stream().filter(r -> r.inCareSince().equals(today.minusDays(30))).count())
                .isGreaterThanOrEqualTo(5);

        PageLinks.Walk<PhilomenaExceptions.Row> walked = PageLinks.walk((after, before) ->
                exceptions.without(today, 5, council, Keyset.of(after, before, 2)).links());
        assertThat(walked.all()).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
        assertThat(walked.back()).isEqualTo(walked.forward());
        assertThat(exceptions.without(today, 5, council, Keyset.of(null, "2026-01-01_nobody", 2)).rows())
                .as("an altered position: the first page").containsExactlyElementsOf(whole.subList(0, 2));
    }
}
