package org.homeward.insight.internal.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.homeward.platform.ClockConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Each morning the last complete quarter's reports are produced if they have not been: so a quarter's report
 * arrives on the first morning of the next quarter, or the first morning Homeward runs after it, once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.dashboard.summaries.scheduled", havingValue = "true", matchIfMissing = true)
class ReportSchedule {

    private final Reports reports;
    private final Clock clock;

    ReportSchedule(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${homeward.insight.reports.schedule:0 15 6 * * *}", zone = "Europe/London")
    void quarterly() {
        reports.produceDue(LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
    }
}
