package org.homeward.insight.internal.compliance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The dashboard's figures are counted again on every instance's schedule; the database lock decides which
 * instance does the work. Until every day has been counted once, each turn counts them all.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.dashboard.summaries.scheduled", havingValue = "true", matchIfMissing = true)
class SummarySchedule {

    private final FigureSummaries summaries;

    SummarySchedule(FigureSummaries summaries) {
        this.summaries = summaries;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${homeward.dashboard.summaries.interval:PT5M}")
    void recent() {
        if (summaries.fullPassDone()) {
            summaries.refreshRecent();
        } else {
            summaries.refreshAll();
        }
    }

    @Scheduled(cron = "${homeward.dashboard.summaries.nightly:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        summaries.refreshAll();
    }
}
