package org.homeward.risk.internal;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class StandingAssessmentExceptionsPagingTest {

    @Autowired StandingAssessments records;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void pagingForwardThenBackReturnsTheSameChildrenOnceEachWhenTheyTieOnTheDate() throws Exception {
        for (int i = 0; i < 4; i++) {
            TestChildren.add(mvc, users, "Tied" + i, "Exception");
        }
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        InvolvedWith council = new InvolvedWith(UUID.fromString(TestChildren.SOUTH_GLOUCESTERSHIRE), null, null,
                Instant.now());
        List<StandingAssessments.ExceptionRow> whole = records.exceptions(today, council, Keyset.of(null, null, 100_000))
                .rows();
        assertThat(whole.stream().map(StandingAssessments.ExceptionRow::since).distinct().count())
                .as("children share a date").isLessThan(whole.size());

        PageLinks.Walk<StandingAssessments.ExceptionRow> walked = PageLinks.walk((after, before) ->
                records.exceptions(today, council, Keyset.of(after, before, 3)).links());
        assertThat(walked.all()).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
        assertThat(walked.back()).isEqualTo(walked.forward());
        assertThat(records.exceptions(today, council, Keyset.of("2026-02-30_" + UUID.randomUUID(), null, 3)).rows())
                .as("an altered position: the first page").containsExactlyElementsOf(whole.subList(0, 3));
    }
}
