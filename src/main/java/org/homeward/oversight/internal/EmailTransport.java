package org.homeward.oversight.internal;

/**
 * How notification emails leave Homeward: SMTP (the default) or GOV.UK Notify
 * ({@code HOMEWARD_MAIL_TRANSPORT=notify}). Either way an email carries a fixed subject and a sign-in
 * link only.
 */
interface EmailTransport {

    /** Sends one email; throws {@link NotSent} when it could not be handed over (it is tried again later). */
    void send(String to, String subject, String body);

    /**
     * An email not handed over. {@code permanent} when this email can never go as it is (an address
     * refused), rather than the mail service being down: only such an email is ever given up. The
     * message names the kind of failure, never the address.
     */
    class NotSent extends RuntimeException {

        private final boolean permanent;

        NotSent(String message, Throwable cause) {
            this(message, cause, false);
        }

        NotSent(String message, Throwable cause, boolean permanent) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }

        /** What is kept and logged: our message and the cause's type, no address or server reply. */
        String reason() {
            return getCause() == null ? getMessage() : getMessage() + " (" + getCause().getClass().getSimpleName() + ")";
        }
    }
}
