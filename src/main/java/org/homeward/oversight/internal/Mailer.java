package org.homeward.oversight.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications' emails from the notification table, the outbox: after the transaction that
 * wrote them commits, and on a schedule ({@link EmailSchedule}) for any still owed, so that emails owed
 * when an instance stopped go once another starts. Each email is locked while it is sent, so two
 * senders never send the same one; one that fails is tried again later with a growing delay, and one
 * whose address is refused is given up after a number of attempts, with the reason kept and logged.
 *
 * <p>An email says only that something needs the reader and where to sign in: no child's name, date of
 * birth or other detail leaves Homeward by email. The only emails with text of their own carry what names no
 * child ({@code Notifier.tellWithEmail}).
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final int BATCH = 100;
    /** Failures in a row, in one run, after which the mail service is taken to be down until the next run. */
    private static final int FAILURES_IN_A_ROW = 3;

    private final Notifications notifications;
    private final EmailTransport transport;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private final String baseUrl;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int giveUpAfter;
    private final Counter sent;
    private final Counter failed;
    private final Counter givenUp;

    Mailer(Notifications notifications, EmailTransport transport, TransactionTemplate tx, Clock clock,
           MeterRegistry meters,
           @Value("${homeward.mail.enabled:false}") boolean enabled,
           @Value("${homeward.base-url:http://localhost:8080}") String baseUrl,
           @Value("${homeward.mail.retry.first-delay:PT1M}") Duration firstDelay,
           @Value("${homeward.mail.retry.max-delay:PT1H}") Duration maxDelay,
           @Value("${homeward.mail.retry.give-up-after:10}") int giveUpAfter) {
        this.notifications = notifications;
        this.transport = transport;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.giveUpAfter = Math.max(1, giveUpAfter);
        this.sent = meters.counter("homeward.emails.sent");
        this.failed = meters.counter("homeward.emails.failed.attempts");
        this.givenUp = meters.counter("homeward.emails.given.up");
        Gauge.builder("homeward.emails.owed", this, Mailer::owedOrNothing)
                .description("Notification emails not yet sent, due or waiting to be tried again").register(meters);
    }

    /** Sends the emails waiting once the caller's transaction commits; a rolled-back change sends nothing. */
    void sendWhenCommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendWaiting();
            }
        });
    }

    /** Sends everything owed and due, in batches; the number sent. A run that meets a mail service down stops. */
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
            if (batch.stopped() || batch.tried() < BATCH) {
                return total;
            }
        }
    }

    private record Batch(int tried, int sent, boolean stopped) {
    }

    private Batch sendBatch() {
        int tried = 0;
        int n = 0;
        int inARow = 0;
        for (Notifications.Email e : notifications.lockOwed(clock.instant(), BATCH)) {
            tried++;
            try {
                transport.send(e.to(), e.subject(), e.body() == null ? body() : e.body());
            } catch (EmailTransport.NotSent ex) {
                notSent(e, ex);
                if (++inARow >= FAILURES_IN_A_ROW) {
                    return new Batch(tried, n, true);
                }
                continue;
            }
            inARow = 0;
            notifications.emailed(e.id(), clock.instant());
            sent.increment();
            n++;
        }
        return new Batch(tried, n, false);
    }

    private void notSent(Notifications.Email e, EmailTransport.NotSent ex) {
        int attempts = e.attempts() + 1;
        Instant now = clock.instant();
        failed.increment();
        if (ex.permanent() && attempts >= giveUpAfter) {
            notifications.notEmailed(e.id(), attempts, ex.reason(), null, now);
            givenUp.increment();
            log.error("Email for notification {} given up after {} attempts: {}. The notification remains in Homeward.",
                    e.id(), attempts, ex.reason());
            return;
        }
        Instant next = now.plus(delayAfter(attempts));
        notifications.notEmailed(e.id(), attempts, ex.reason(), next, null);
        log.warn("Email for notification {} not sent (attempt {}); tried again after {}: {}", e.id(), attempts, next,
                ex.reason());
    }

    /** The first delay, doubled with each attempt, never more than the longest. */
    Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private double owedOrNothing() {
        try {
            return notifications.owed();
        } catch (RuntimeException e) {
            // The database is unavailable: readiness says so; the metric has no value.
            return Double.NaN;
        }
    }

    String body() {
        return "Something in Homeward needs your attention.\n\n"
                + "Sign in to see your notifications: " + baseUrl + "/notifications\n\n"
                + "This email never contains details of a child. Do not reply to it.\n";
    }
}
