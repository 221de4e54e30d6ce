package org.homeward.settings.internal;

import org.homeward.settings.Terms;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page may say "child in care" the partnership's way: fragment parameters cannot call beans, so the
 * words are on the model. Nothing is read until a page asks.
 */
@ControllerAdvice
class TermsAdvice {

    private final Terms terms;

    TermsAdvice(Terms terms) {
        this.terms = terms;
    }

    @ModelAttribute("terms")
    Terms terms() {
        return terms;
    }
}
