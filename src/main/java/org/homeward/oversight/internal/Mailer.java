package org.homeward.oversight.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications' emails. An email says only that something needs the reader and where
 * to sign in: no child's name, date of birth or other detail leaves Homeward by email.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Notifications notifications;
    private final EmailTransport transport;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private final String baseUrl;

    Mailer(Notifications notifications, EmailTransport transport, TransactionTemplate tx, Clock clock,
           @Value("${homeward.mail.enabled:false}") boolean enabled,
           @Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.transport = transport;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the emails waiting once the caller's transaction commits; a rolled-back change sends nothing. */
    void sendWhenCommitted() {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        sendWaiting();
                    }
                });
    }

    /** Sends everything waiting, in batches; the number sent. A failure leaves the rest for the next run. */
    int sendWaiting() {
        if (!enabled) {
            return 0;
        }
        int total = 0;
        while (true) {
            Batch batch = tx.execute(status -> sendBatch());
            if (batch == null) {
                return total;
            }
            total += batch.sent();
            if (batch.failed() || batch.sent() < BATCH) {
                return total;
            }
        }
    }

    private static final int BATCH = 100;

    private record Batch(int sent, boolean failed) {
    }

    private Batch sendBatch() {
        int n = 0;
        for (Notifications.Email e : notifications.lockUnsent(BATCH)) {
            try {
                transport.send(e.to(), e.subject(), body());
            } catch (EmailTransport.NotSent ex) {
                log.warn("Email not sent; it will be tried again: {}", ex.getClass().getSimpleName());
                return new Batch(n, true);
            }
            notifications.emailed(e.id(), clock.instant());
            n++;
        }
        return new Batch(n, false);
    }

    String body() {
        return "Something in Homeward needs your attention.\n\n"
                + "Sign in to see your notifications: " + baseUrl + "/notifications\n\n"
                + "This email never contains details of a child. Do not reply to it.\n";
    }
}
