package org.homeward.platform.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the GOV.UK pagination component, rendered by {@code fragments/pagination ::
 * pagination(${pagination}, 'Pages of ...')}: previous and next. Every list is read by {@link Keyset},
 * where a page starts from the last one's end rather than at a number, so there are no numbered links.
 * Null when everything fits on one page.
 */
public record Pagination(String previous, String next) {

    /** Previous and next only, for a list read by {@link Keyset}: {@code after=} and {@code before=} positions. */
    public static Pagination keyset(UriComponentsBuilder base, Keyset.Page<?> page) {
        if (page.previous() == null && page.next() == null) {
            return null;
        }
        return new Pagination(page.previous() == null ? null : href(base, "before", page.previous()),
                page.next() == null ? null : href(base, "after", page.next()));
    }

    private static String href(UriComponentsBuilder base, String name, Object value) {
        return base.cloneBuilder().replaceQueryParam("page").replaceQueryParam("after").replaceQueryParam("before")
                .replaceQueryParam(name, value).encode().build().toUriString();
    }
}
