package org.homeward.access.internal.admin;

import java.nio.charset.StandardCharsets;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The rules for a password an administrator sets. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** BCrypt reads at most 72 bytes and refuses longer passwords. */
    private static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static void check(String password, String field, BindingResult errors) {
        if (password == null || password.isEmpty()) {
            reject(errors, field, "required", "Enter a password");
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            reject(errors, field, "tooShort", "Password must be " + MIN_LENGTH + " characters or more");
        } else if (length > MAX_LENGTH) {
            reject(errors, field, "tooLong", "Password must be " + MAX_LENGTH + " characters or fewer");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            reject(errors, field, "tooLong",
                    "Password is too long for its accented letters or symbols. Use a shorter password");
        } else if (password.isBlank()) {
            reject(errors, field, "blank", "Password must include letters, numbers or symbols, not only spaces");
        }
    }

    /** Like rejectValue, but keeps the password itself out of the error, which may be printed or logged. */
    private static void reject(BindingResult errors, String field, String code, String message) {
        String[] codes = {code + "." + errors.getObjectName() + "." + field, code};
        errors.addError(new FieldError(errors.getObjectName(), field, null, false, codes, null, message));
    }
}
