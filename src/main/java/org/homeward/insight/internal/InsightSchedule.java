package org.homeward.insight.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Insight's episodes are counted on the compliance figures' schedule (ADR 0027): the recent ones every few
 * minutes, all of them each night; the database lock decides which instance does the work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.dashboard.summaries.scheduled", havingValue = "true", matchIfMissing = true)
class InsightSchedule {

    private final EpisodeFacts facts;

    InsightSchedule(EpisodeFacts facts) {
        this.facts = facts;
    }

    @Scheduled(initialDelayString = "PT15S", fixedDelayString = "${homeward.dashboard.summaries.interval:PT5M}")
    void recent() {
        facts.refreshRecent();
    }

    @Scheduled(cron = "${homeward.dashboard.summaries.nightly:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        facts.refreshAll();
    }
}
