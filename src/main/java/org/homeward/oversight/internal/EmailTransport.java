package org.homeward.oversight.internal;

/**
 * How notification emails leave Homeward: SMTP (the default) or GOV.UK Notify
 * ({@code HOMEWARD_MAIL_TRANSPORT=notify}). Either way an email carries a fixed subject and a sign-in
 * link only.
 */
interface EmailTransport {

    /** Sends one email; throws {@link NotSent} when it could not be handed over (it is tried again later). */
    void send(String to, String subject, String body);

    class NotSent extends RuntimeException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
