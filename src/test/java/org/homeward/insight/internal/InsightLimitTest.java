package org.homeward.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.homeward.platform.web.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Insight pages beyond the limit wait their turn, then are told the service is busy: never an error. */
class InsightLimitTest {

    @Test
    void aPageBeyondTheLimitWaitsItsTurnThenIsToldTheServiceIsBusy() throws Exception {
        InsightLimit.Turns turns = new InsightLimit.Turns(1, 200);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                turns.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (rq, rs) -> {
                    working.countDown();
                    try {
                        finish.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> turns.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (rq, rs) -> { }))
                .isInstanceOf(QueryTimeoutException.class)
                .satisfies(busy -> assertThat(DatabaseUnavailable.causedBy(busy)).as("answered 503").isTrue());
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        MockHttpServletResponse served = new MockHttpServletResponse();
        turns.doFilter(new MockHttpServletRequest(), served, (rq, rs) -> ((MockHttpServletResponse) rs).setStatus(200));
        assertThat(served.getStatus()).as("the turn was given back").isEqualTo(200);
    }
}
