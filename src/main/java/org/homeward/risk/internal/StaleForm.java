package org.homeward.risk.internal;

import java.util.List;
import org.homeward.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form opened for a tool or version that has since changed: its answers are not worth checking, so the page says to
 * start again and keeps only the answers that could not even be read, without what Bean Validation found.
 */
final class StaleForm {

    private StaleForm() {
    }

    static void startAgain(Model model, BindingResult result, List<String> fieldOrder, String code, String message) {
        BindingResult only = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(only::addError);
        only.reject(code, message);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), only);
        model.addAttribute("errors", FormErrors.summary(only, fieldOrder));
    }
}
