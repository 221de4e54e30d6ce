package org.homeward.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The entries of a GOV.UK error summary, in the order the fields appear on the page, each
 * linking to the field it is about (one message per field).
 */
public final class FormErrors {

    public record Entry(String fieldId, String message) {
    }

    private FormErrors() {
    }

    public static List<Entry> summary(BindingResult result, List<String> fieldOrder) {
        List<Entry> entries = new ArrayList<>();
        for (ObjectError global : result.getGlobalErrors()) {
            entries.add(new Entry("main-content", global.getDefaultMessage()));
        }
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError e) -> position(fieldOrder, e.getField())))
                .filter(distinctField())
                .forEach(e -> entries.add(new Entry(e.getField(), e.getDefaultMessage())));
        return entries;
    }

    /**
     * The summary of an edit refused because someone else saved the record first; it links to where the page
     * shows what they saved ({@code id="conflict"}).
     */
    public static List<Entry> conflict(String message) {
        return List.of(new Entry("conflict", message));
    }

    private static java.util.function.Predicate<FieldError> distinctField() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.getField());
    }

    private static int position(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
