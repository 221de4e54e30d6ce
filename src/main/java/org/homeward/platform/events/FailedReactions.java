package org.homeward.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactions that failed, or were left running or unstarted when an instance stopped (Spring Modulith marks those
 * failed once stale), are tried again, oldest first, by one instance at a time. How many are waiting is the metric
 * {@code homeward_reactions_failed}, so a reaction that keeps failing is seen, not lost.
 */
@Component
class FailedReactions {

    private static final Logger log = LoggerFactory.getLogger(FailedReactions.class);
    private static final long LOCK = 0x5245414354494f4eL;

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final Duration retryAfter;

    FailedReactions(FailedEventPublications failed, JdbcClient jdbc, MeterRegistry meters,
                    @Value("${homeward.events.retry.after:PT1M}") Duration retryAfter) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.retryAfter = retryAfter;
        Gauge.builder("homeward.reactions.failed", this, FailedReactions::waitingOrNothing)
                .description("Reactions to events that failed and wait to be tried again").register(meters);
    }

    /** Tries again the reactions that failed at least the configured time ago; false when another instance is. */
    @Transactional
    public boolean retry() {
        if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                .query(Boolean.class).single())) {
            return false;
        }
        long waiting = waiting();
        if (waiting > 0) {
            log.warn("Trying again {} reactions to events that failed", waiting);
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter));
        }
        return true;
    }

    long waiting() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED'")
                .query(Long.class).single();
    }

    private double waitingOrNothing() {
        try {
            return waiting();
        } catch (RuntimeException e) {
            // The database is unavailable: readiness says so; the metric has no value.
            return Double.NaN;
        }
    }
}
