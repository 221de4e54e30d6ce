package org.homeward.platform.web;

import java.time.temporal.Temporal;
import java.util.UUID;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An answer that cannot even be read as what its field holds ("banana" for a number, an option
 * that is not on the list) is a field error like any other, in words a person can act on: never
 * Spring's "Failed to convert property value", and never a server error.
 */
@ControllerAdvice
class BindingErrorsAdvice {

    @InitBinder
    void plainMessages(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                String field = ex.getPropertyName();
                Class<?> type = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
                result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
                        result.resolveMessageCodes(ex.getErrorCode(), field), null, message(type)));
            }
        });
    }

    static String message(Class<?> type) {
        if (type == null) {
            return "Check this answer and try again";
        }
        if (type.isEnum() || type == UUID.class) {
            return "Select one of the options";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Select yes or no";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Enter a whole number, like 3";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Enter a real date, for example 27 3 2026";
        }
        return "Check this answer and try again";
    }
}
