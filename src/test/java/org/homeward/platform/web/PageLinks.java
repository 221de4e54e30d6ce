package org.homeward.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Follows a rendered list's previous and next links, as someone paging through it does. */
public final class PageLinks {

    private PageLinks() {
    }

    /** The address of the page's {@code rel} ("next", "prev") link, or null when there is none. */
    public static String link(String html, String rel) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /** The pages from {@code first} following "next" to the end, then "prev" back to the start: forward, back. */
    public static <T> Walk<T> walk(String first, Function<String, String> open, Function<String, List<T>> rows) {
        List<List<T>> forward = new ArrayList<>();
        String html = first;
        forward.add(rows.apply(html));
        for (String next = link(html, "next"); next != null; next = link(html, "next")) {
            html = open.apply(next);
            forward.add(rows.apply(html));
        }
        List<List<T>> back = new ArrayList<>();
        back.add(rows.apply(html));
        for (String prev = link(html, "prev"); prev != null; prev = link(html, "prev")) {
            html = open.apply(prev);
            back.add(0, rows.apply(html));
        }
        return new Walk<>(forward, back);
    }

    /**
     * A list read by keyset without its page: {@code read(after, before)} from the first page following
     * each next position to the end, then each previous position back to the start.
     */
    public static <T> Walk<T> walk(java.util.function.BiFunction<String, String, Keyset.Page<T>> read) {
        List<List<T>> forward = new ArrayList<>();
        Keyset.Page<T> page = read.apply(null, null);
        forward.add(page.rows());
        while (page.next() != null) {
            page = read.apply(page.next(), null);
            forward.add(page.rows());
            if (forward.size() > 10_000) {
                throw new AssertionError("the pages never end");
            }
        }
        List<List<T>> back = new ArrayList<>();
        back.add(page.rows());
        while (page.previous() != null) {
            page = read.apply(null, page.previous());
            back.add(0, page.rows());
            if (back.size() > forward.size()) {
                throw new AssertionError("more pages back than forward");
            }
        }
        return new Walk<>(forward, back);
    }

    /** The rows of each page read forward and, in page order, read back. */
    public record Walk<T>(List<List<T>> forward, List<List<T>> back) {

        public List<T> all() {
            return forward.stream().flatMap(List::stream).toList();
        }
    }
}
