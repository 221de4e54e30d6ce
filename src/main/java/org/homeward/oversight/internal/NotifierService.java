package org.homeward.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.oversight.Notifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Other modules' notifications, written in their transaction and emailed once it commits. */
@Component
class NotifierService implements Notifier {

    private final Notifications notifications;
    private final Mailer mailer;
    private final Clock clock;

    NotifierService(Notifications notifications, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void tell(Collection<UUID> people, UUID actor, String text, String link, String emailSubject) {
        Set<UUID> recipients = new LinkedHashSet<>(people);
        recipients.remove(actor);
        recipients.remove(null);
        Instant now = clock.instant();
        recipients.forEach(p -> notifications.add(p, text, link, emailSubject, null, now));
        if (!recipients.isEmpty() && emailSubject != null) {
            sendAfterCommit();
        }
    }

    @Override
    public void tellWithEmail(UUID person, String text, String link, String emailSubject, String emailBody) {
        notifications.add(person, text, link, emailSubject, null, clock.instant(), emailBody);
        sendAfterCommit();
    }

    private void sendAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.sendWaiting();
                }
            });
        }
    }
}
