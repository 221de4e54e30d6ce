package org.homeward.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by modules whose timescales are reported on the compliance dashboard. Figures are
 * counts only: no child is named.
 */
public interface ComplianceSource {

    /**
     * This module's figures for the London days {@code from} to {@code to} inclusive; "now" figures
     * (overdue at this moment) are taken at {@code now}.
     */
    List<Figure> figures(LocalDate from, LocalDate to, Instant now);

    /**
     * One figure: {@code count} of {@code outOf} (a rate, shown with its percentage) or, when
     * {@code outOf} is null, a plain count. {@code order} places the area on the page.
     */
    record Figure(int order, String area, String measure, long count, Long outOf) {

        public Integer percent() {
            return outOf == null || outOf == 0 ? null : (int) Math.round(100.0 * count / outOf);
        }

        public static Figure rate(int order, String area, String measure, long count, long outOf) {
            return new Figure(order, area, measure, count, outOf);
        }

        public static Figure count(int order, String area, String measure, long count) {
            return new Figure(order, area, measure, count, null);
        }
    }
}
