package org.homeward.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every submitted string is trimmed and loses control characters (PostgreSQL refuses NUL and
 * nobody means to type the rest); an empty answer becomes no answer.
 */
@ControllerAdvice
class CleanTextAdvice {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }
        });
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)))
                .forEach(out::appendCodePoint);
        String trimmed = out.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
