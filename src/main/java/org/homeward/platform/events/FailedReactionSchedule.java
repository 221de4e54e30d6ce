package org.homeward.platform.events;

import org.homeward.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Tries failed reactions again on every instance, regularly; tests try them themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.events.retry.scheduled", havingValue = "true", matchIfMissing = true)
class FailedReactionSchedule {

    private static final Logger log = LoggerFactory.getLogger(FailedReactionSchedule.class);

    private final FailedReactions reactions;

    FailedReactionSchedule(FailedReactions reactions) {
        this.reactions = reactions;
    }

    @Scheduled(initialDelayString = "${homeward.events.retry.interval:PT1M}",
               fixedDelayString = "${homeward.events.retry.interval:PT1M}")
    void retry() {
        try {
            reactions.retry();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn("Failed reactions not tried again: the database is unavailable ({})", e.getClass().getSimpleName());
        }
    }
}
