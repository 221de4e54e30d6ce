package org.homeward.platform.web;

import org.springframework.validation.Errors;

/**
 * The child's views on an assessment, plan or meeting: in their own words, or why they could not be
 * obtained. One of the two is required on every such form, so that the child's voice is either
 * recorded or its absence explained (Ofsted's voice of the child; DOMAIN.md RHI-06). Forms name
 * the two fields {@code childViews} and {@code childViewsNotObtained}.
 */
public record ChildsViews(String views, String notObtained) {

    public static final String VIEWS = "childViews";
    public static final String NOT_OBTAINED = "childViewsNotObtained";
    private static final int MAX = 4000;

    public boolean heard() {
        return views != null;
    }

    /** What the record shows: the child's words, or the reason there are none. */
    public String shown() {
        return views != null ? views : "Not obtained: " + notObtained;
    }

    /** Checks the two answers; null when there is an error, which is then in {@code errors}. */
    public static ChildsViews check(String views, String notObtained, Errors errors) {
        String said = FormChecks.trimmed(views);
        String why = FormChecks.trimmed(notObtained);
        if (said == null && why == null) {
            errors.rejectValue(VIEWS, "required",
                    "Enter the child’s views in their own words, or why they could not be obtained");
            return null;
        }
        FormChecks.maxLength(said, MAX, VIEWS, "The child’s views must be " + MAX + " characters or fewer", errors);
        FormChecks.maxLength(why, MAX, NOT_OBTAINED,
                "Why the child’s views were not obtained must be " + MAX + " characters or fewer", errors);
        if (errors.hasFieldErrors(VIEWS) || errors.hasFieldErrors(NOT_OBTAINED)) {
            return null;
        }
        // Words given make the reason moot: keeping both would let a record claim the child was heard and not.
        return new ChildsViews(said, said == null ? why : null);
    }
}
