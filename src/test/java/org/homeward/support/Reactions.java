package org.homeward.support;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Other modules' reactions to an event run after the request's transaction commits, on another thread (decision
 * 0032). Tests read what a request caused, reactions included, so around every request in tests (MockMvc and the
 * browser journeys' server alike) the reactions still running are waited for, for at most {@link #AT_MOST}: a
 * reaction still running then fails the test rather than letting it read half a result.
 */
public final class Reactions {

    public static final Duration AT_MOST = Duration.ofSeconds(20);

    private Reactions() {
    }

    /** Waits until no reaction is waiting or running; one that failed is not waited for. */
    public static void settle(JdbcClient jdbc) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (true) {
            List<String> running = running(jdbc);
            if (running.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Reactions still running after " + AT_MOST + ": " + running);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A test that wraps requests in its own transaction, rolled back after, sees publications no reaction will run for;
     * and the outage tests stop PostgreSQL under a request: in neither is there anything to wait for.
     */
    private static void settleUnlessNothingCanRun(JdbcClient jdbc) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        try {
            settle(jdbc);
        } catch (DataAccessException databaseDown) {
            // The request meets the outage itself.
        }
    }

    private static List<String> running(JdbcClient jdbc) {
        return jdbc.sql("""
                select listener_id from event_publication
                 where completion_date is null and status is distinct from 'FAILED' order by publication_date limit 5""")
                .query(String.class).list();
    }

    /** Imported by {@link HomewardTest} only: not a configuration class, so that no other context scans it in. */
    public static class Configuration {

        @Bean
        FilterRegistrationBean<Filter> reactionsSettled(JdbcClient jdbc) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                settleUnlessNothingCanRun(jdbc);
                chain.doFilter(request, response);
                settleUnlessNothingCanRun(jdbc);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
