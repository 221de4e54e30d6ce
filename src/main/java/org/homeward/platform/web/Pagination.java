package org.homeward.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the GOV.UK pagination component, rendered by {@code fragments/pagination ::
 * pagination(${pagination}, 'Pages of ...')}: previous and next, and for numbered pages the first,
 * the last and those near the current one, with gaps. Null when everything fits on one page.
 */
public record Pagination(String previous, String next, List<Link> pages) {

    /** A numbered page, or (number null) a gap. */
    public record Link(Integer number, String href, boolean current) {
    }

    /** Numbered pages read by offset, {@code page} of {@code pages}, each a copy of {@code base} with {@code page=n}. */
    public static Pagination numbered(UriComponentsBuilder base, int page, int pages) {
        if (pages <= 1) {
            return null;
        }
        List<Link> links = new ArrayList<>();
        Integer shown = null;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                if (shown != null && n - shown > 1) {
                    links.add(new Link(null, null, false));
                }
                links.add(new Link(n, href(base, "page", n), n == page));
                shown = n;
            }
        }
        return new Pagination(page > 1 ? href(base, "page", page - 1) : null,
                page < pages ? href(base, "page", page + 1) : null, links);
    }

    /** Previous and next only, for a list read by {@link Keyset}: {@code after=} and {@code before=} positions. */
    public static Pagination keyset(UriComponentsBuilder base, Keyset.Page<?> page) {
        if (page.previous() == null && page.next() == null) {
            return null;
        }
        return new Pagination(page.previous() == null ? null : href(base, "before", page.previous()),
                page.next() == null ? null : href(base, "after", page.next()), List.of());
    }

    /** The number of pages {@code total} rows fill, at least one. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A page number from the address, 1 for anything unreadable. */
    public static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String href(UriComponentsBuilder base, String name, Object value) {
        return base.cloneBuilder().replaceQueryParam("page").replaceQueryParam("after").replaceQueryParam("before")
                .replaceQueryParam(name, value).encode().build().toUriString();
    }
}
