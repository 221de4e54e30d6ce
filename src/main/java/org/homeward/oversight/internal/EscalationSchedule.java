package org.homeward.oversight.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Escalations run on every instance, signed in or not; the database decides which one does the work. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.oversight.escalation.scheduled", havingValue = "true", matchIfMissing = true)
class EscalationSchedule {

    private final Escalations escalations;

    EscalationSchedule(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(initialDelayString = "${homeward.oversight.escalation.interval:PT1M}",
               fixedDelayString = "${homeward.oversight.escalation.interval:PT1M}")
    void escalate() {
        escalations.run();
    }
}
