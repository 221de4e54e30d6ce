package org.homeward.insight.internal.places;

import org.homeward.platform.web.Pagination;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Numbered pages of a list worked out whole (places and associates are counted, then sorted by the counts, so
 * there is no stored order to read from by key): the links keep the period and council asked for.
 */
record Pages(int number, int size) {

    static final int SIZE = 20;

    static Pages of(Integer asked) {
        return new Pages(asked == null || asked < 1 ? 1 : asked, SIZE);
    }

    int offset() {
        return (number - 1) * size;
    }

    /** Previous and next links, or null when everything fits on one page. */
    Pagination links(long total) {
        boolean previous = number > 1;
        boolean next = (long) number * size < total;
        if (!previous && !next) {
            return null;
        }
        UriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest();
        return new Pagination(previous ? href(here, number - 1) : null, next ? href(here, number + 1) : null);
    }

    private static String href(UriComponentsBuilder here, int page) {
        // The request's own query string, already encoded, with the page replaced; a path, not a full address.
        return here.cloneBuilder().scheme(null).host(null).port(-1).replaceQueryParam("page", page).build()
                .toUriString();
    }
}
