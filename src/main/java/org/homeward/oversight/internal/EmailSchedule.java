package org.homeward.oversight.internal;

import org.homeward.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the emails still owed on every instance, soon after start and then regularly: those left when
 * an instance stopped between a commit and its email, and those waiting for the mail service to return.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "homeward.mail.outbox.scheduled", havingValue = "true", matchIfMissing = true)
class EmailSchedule {

    private static final Logger log = LoggerFactory.getLogger(EmailSchedule.class);

    private final Mailer mailer;

    EmailSchedule(Mailer mailer) {
        this.mailer = mailer;
    }

    @Scheduled(initialDelayString = "${homeward.mail.outbox.first-run:PT15S}",
               fixedDelayString = "${homeward.mail.outbox.interval:PT1M}")
    void sendOwed() {
        try {
            int sent = mailer.sendWaiting();
            if (sent > 0) {
                log.info("Sent {} owed emails", sent);
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn("Owed emails not sent: the database is unavailable ({})", e.getClass().getSimpleName());
        }
    }
}
