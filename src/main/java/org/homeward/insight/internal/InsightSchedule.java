package org.homeward.insight.internal;

import org.homeward.insight.internal.compliance.FigureSummaries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The compliance figures (ADR 0027) and insight's episodes (ADR 0029) are counted on one schedule: the recent ones every few
 * minutes, all of them each night; the database lock decides which instance does the work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.dashboard.summaries.scheduled", havingValue = "true", matchIfMissing = true)
class InsightSchedule {

    private final FigureSummaries summaries;
    private final EpisodeFacts facts;

    InsightSchedule(FigureSummaries summaries, EpisodeFacts facts) {
        this.summaries = summaries;
        this.facts = facts;
    }

    /** Until every day of the compliance figures has been counted once, each turn counts them all. */
    @Scheduled(initialDelayString = "PT15S", fixedDelayString = "${homeward.dashboard.summaries.interval:PT5M}")
    void recent() {
        if (summaries.fullPassDone()) {
            summaries.refreshRecent();
        } else {
            summaries.refreshAll();
        }
        facts.refreshRecent();
    }

    @Scheduled(cron = "${homeward.dashboard.summaries.nightly:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        summaries.refreshAll();
        facts.refreshAll();
    }
}
