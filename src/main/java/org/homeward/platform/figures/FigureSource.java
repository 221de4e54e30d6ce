package org.homeward.platform.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules whose timescales are reported on the compliance dashboard (ADR 0028). Each module owns
 * the queries behind its figures; the insight module finds every implementation, keeps the counts they return in
 * summaries, refreshed every few minutes, and adds them up for the period and authority a viewer asks for. The
 * contract lives in the platform so that a module offering figures never depends on the module that reports
 * them. Figures are counts only: no child is named.
 */
public interface FigureSource {

    /** The figures this module shows on the dashboard, whatever the period. */
    List<Measure> measures();

    /**
     * This module's counts for the London days {@code from} to {@code to} inclusive, one per figure, day and
     * responsible authority, and its "now" figures (overdue at this moment) taken at {@code now}, with no day.
     * Counts for figures not among {@link #measures()} are kept too, for the module's own reports.
     */
    List<Count> counts(LocalDate from, LocalDate to, Instant now);

    /**
     * One figure on the page: a rate ({@code count} of {@code outOf}, with its percentage) or a plain count.
     * {@code order} places it on the page; {@code figure} names its counts.
     */
    record Measure(String figure, int order, String area, String measure, boolean rate) {

        public static Measure rate(String figure, int order, String area, String measure) {
            return new Measure(figure, order, area, measure, true);
        }

        public static Measure count(String figure, int order, String area, String measure) {
            return new Measure(figure, order, area, measure, false);
        }
    }

    /**
     * Counts of one figure for one London {@code day} (null for a "now" figure) and the authority responsible
     * for the children counted (null when none is recorded). {@code outOf} is nought for a plain count.
     */
    record Count(String figure, LocalDate day, UUID authority, long count, long outOf) {
    }

    /** A figure as shown: {@code count} of {@code outOf} or, when {@code outOf} is null, a plain count. */
    record Figure(int order, String area, String measure, long count, Long outOf) {

        public Integer percent() {
            return outOf == null || outOf == 0 ? null : (int) Math.round(100.0 * count / outOf);
        }
    }
}
