package org.homeward.oversight;

import java.util.Collection;
import java.util.UUID;

/**
 * Tells people something in Homeward (their notifications page), and by email when email is on: the
 * email carries only {@code emailSubject} and a sign-in link, never the text. Whoever caused it
 * ({@code actor}, may be null) is not told.
 */
public interface Notifier {

    void tell(Collection<UUID> people, UUID actor, String text, String link, String emailSubject);

    /**
     * Tells one person, and emails them {@code emailBody} itself through the same outbox (sent once, kept owed
     * across restarts). Only for text that names no child, such as a partnership's self-assessment answers.
     */
    void tellWithEmail(UUID person, String text, String link, String emailSubject, String emailBody);
}
