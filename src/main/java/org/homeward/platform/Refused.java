package org.homeward.platform;

import org.springframework.validation.Errors;

/**
 * A change the record's state does not allow (a return recorded twice, an interview on a declined offer),
 * refused by the domain object itself, in words the person making it can act on.
 */
public class Refused extends RuntimeException {

    private final String field;
    private final String code;

    /** A refusal of the whole change: the error summary links to the page. */
    public Refused(String code, String message) {
        this(null, code, message);
    }

    /** A refusal of one answer: the error summary links to that field. */
    public Refused(String field, String code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** Puts the refusal where the form's other errors are, so the GOV.UK error summary shows it like them. */
    public void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(code, getMessage());
        } else {
            errors.rejectValue(field, code, getMessage());
        }
    }

    /**
     * Runs a domain object's check of a change; a refusal becomes a form error beside the others.
     *
     * @return whether the change is allowed
     */
    public static boolean allows(Runnable check, Errors errors) {
        try {
            check.run();
            return true;
        } catch (Refused refused) {
            refused.rejectOn(errors);
            return false;
        }
    }
}
