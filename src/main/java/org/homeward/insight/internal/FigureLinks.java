package org.homeward.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links from an insight page's figures down to the episodes behind them ({@code /insight/episodes}), for the
 * period and authority the page shows. Each gives null where the viewer may not see the lists, so the page shows
 * the bare number.
 */
public final class FigureLinks {

    private final boolean permitted;
    private final LocalDate from;
    private final LocalDate to;
    private final String authority;

    private FigureLinks(boolean permitted, LocalDate from, LocalDate to, String authority) {
        this.permitted = permitted;
        this.from = from;
        this.to = to;
        this.authority = authority;
    }

    /** Links for the period and authority shown ({@code authority} null for the whole partnership). */
    public static FigureLinks of(boolean permitted, LocalDate from, LocalDate to, UUID authority) {
        return new FigureLinks(permitted, from, to, authority == null ? null : authority.toString());
    }

    /** The episodes behind a measure, cut by dimensions and values given in pairs. */
    public String to(String measure, String... dimensionsAndValues) {
        return link(from, to, measure, null, null, dimensionsAndValues);
    }

    /** The episodes behind a measure within part of the period (a month, a quarter), cut likewise. */
    public String within(LocalDate first, LocalDate last, String measure, String... dimensionsAndValues) {
        LocalDate start = first.isBefore(from) ? from : first;
        LocalDate end = last.isAfter(to) ? to : last;
        return link(start, end, measure, null, null, dimensionsAndValues);
    }

    /** The episodes behind a measure in another period (a month a year earlier), cut likewise. */
    public String over(LocalDate first, LocalDate last, String measure, String... dimensionsAndValues) {
        return link(first, last, measure, null, null, dimensionsAndValues);
    }

    /** The episodes whose return interview recorded a finding ({@link Behind.Interview}), cut likewise. */
    public String interview(String vocabulary, String code, String... dimensionsAndValues) {
        return link(from, to, null, vocabulary, code, dimensionsAndValues);
    }

    /** As {@link #interview}, within part of the period. */
    public String interviewWithin(LocalDate first, LocalDate last, String vocabulary, String code) {
        LocalDate start = first.isBefore(from) ? from : first;
        LocalDate end = last.isAfter(to) ? to : last;
        return link(start, end, null, vocabulary, code);
    }

    /** The episodes whose child was last seen or found at a place ({@link Behind.Place#name}). */
    public String place(String place) {
        String link = link(from, to, Measure.EPISODES.name(), null, null);
        return link == null ? null : link + "&place=" + place;
    }

    /** The period's episodes of the children linked to an associate. */
    public String associate(UUID associate) {
        String link = link(from, to, Measure.EPISODES.name(), null, null);
        return link == null ? null : link + "&associate=" + associate;
    }

    /** The period's episodes of the children of one group of the network ({@link Behind.Group}). */
    public String group(int number) {
        String link = link(from, to, Measure.EPISODES.name(), null, null);
        return link == null ? null : link + "&group=" + number;
    }

    /** The period's returns behind a measure whose interview an agency provided ("" for none recorded). */
    public String provider(String measure, String agency) {
        String link = link(from, to, measure, null, null);
        return link == null ? null : link + "&provider=" + (agency.isEmpty() ? InsightEpisodesController.NO_PROVIDER
                : agency);
    }

    private String link(LocalDate start, LocalDate end, String measure, String vocabulary, String code,
                        String... dimensionsAndValues) {
        if (!permitted) {
            return null;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/insight/episodes")
                .queryParam("fromDay", start.getDayOfMonth()).queryParam("fromMonth", start.getMonthValue())
                .queryParam("fromYear", start.getYear()).queryParam("toDay", end.getDayOfMonth())
                .queryParam("toMonth", end.getMonthValue()).queryParam("toYear", end.getYear());
        if (authority != null) {
            uri.queryParam("authority", authority);
        }
        if (measure != null) {
            uri.queryParam("measure", measure);
        }
        List<String> dimensions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < dimensionsAndValues.length; i += 2) {
            dimensions.add(dimensionsAndValues[i]);
            values.add(dimensionsAndValues[i + 1]);
        }
        if (!dimensions.isEmpty()) {
            uri.queryParam("dimension", dimensions).queryParam("value", values);
        }
        if (vocabulary != null) {
            uri.queryParam("interview", vocabulary);
            if (code != null && !code.isEmpty()) {
                uri.queryParam("code", code);
            }
        }
        return uri.encode().build().toUriString();
    }
}
