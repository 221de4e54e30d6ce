package org.homeward.rhi;

import java.util.List;
import java.util.Map;

/**
 * How the return interview measures are named and read (ADR 0027, 0028): this module counts each measure per
 * London day, responsible authority and cohort as a figure ({@code rhi.offers.<measure>.<cohort>}), and a report
 * adds the counts of a period up with {@link #fromCounts}. Counts only: no child is named.
 */
public final class ReturnInterviewMeasures {

    /** The start of every figure name these measures are kept under. */
    public static final String PREFIX = "rhi.offers.";

    /** The columns of {@link Measures}, in its order: the names its counts are kept under. */
    public static final List<String> COLUMNS = List.of("returns", "offered_within72_hours", "held_within72_hours",
            "held", "declined", "missing_again", "not_possible", "not_offered_signed_off",
            "not_offered_awaiting_sign_off", "still_open", "held_not_independent");

    private ReturnInterviewMeasures() {
    }

    /** Where the child lived when they went missing. */
    public enum Cohort {
        ALL("All children"), HOME("At home"), IN_AREA("Looked after in area"), OUT_OF_AREA("Placed out of area");

        private final String label;

        Cohort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The cohort a page asks for by its name; anything else asks for all children. */
        public static Cohort parse(String code) {
            for (Cohort c : values()) {
                if (c.name().equals(code)) {
                    return c;
                }
            }
            return ALL;
        }
    }

    /**
     * Each return falls in exactly one of held, declined, missing again, not possible, not offered or
     * still open, in the order the record page gives its status.
     */
    public record Measures(int returns, int offeredWithin72Hours, int heldWithin72Hours, int held, int declined,
                           int missingAgain, int notPossible, int notOfferedSignedOff, int notOfferedAwaitingSignOff,
                           int stillOpen, int heldNotIndependent) {

        /** One line of the table and the CSV: the measure, its count and whole percent of the returns. */
        public record Row(String measure, int count, Integer percent) {
        }

        public List<Row> rows() {
            return List.of(row("Offered within 72 hours", offeredWithin72Hours),
                    row("Held within 72 hours", heldWithin72Hours), row("Held at all", held),
                    row("Held by an independent interviewer", held - heldNotIndependent),
                    row("Held, not independent (carer, placement staff, social worker or responsible authority)",
                            heldNotIndependent),
                    row("Declined", declined), row("Child missing again", missingAgain),
                    row("Not possible", notPossible), row("Not offered (signed off)", notOfferedSignedOff),
                    row("Not offered (awaiting sign-off)", notOfferedAwaitingSignOff), row("Still open", stillOpen));
        }

        /** The counts in the order of {@link #COLUMNS}. */
        public int[] values() {
            return new int[] {returns, offeredWithin72Hours, heldWithin72Hours, held, declined, missingAgain, notPossible,
                    notOfferedSignedOff, notOfferedAwaitingSignOff, stillOpen, heldNotIndependent};
        }

        /** The measures from counts in the order of {@link #COLUMNS}. */
        public static Measures of(int[] v) {
            return new Measures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        }

        /** The percent is left out (null) when there were no returns, rather than divide by nought. */
        private Row row(String measure, int count) {
            return new Row(measure, count, returns == 0 ? null : (int) Math.round(100.0 * count / returns));
        }
    }

    /** The name one measure of one cohort is kept under. */
    public static String figure(String column, Cohort cohort) {
        return PREFIX + column + "." + cohort.name();
    }

    /** The measures for a cohort from summed counts, named as {@link #figure} names them. */
    public static Measures fromCounts(Map<String, Long> counts, Cohort cohort) {
        int[] values = new int[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            for (Cohort c : cohort == Cohort.ALL ? List.of(Cohort.HOME, Cohort.IN_AREA, Cohort.OUT_OF_AREA) : List.of(cohort)) {
                values[i] += counts.getOrDefault(figure(COLUMNS.get(i), c), 0L).intValue();
            }
        }
        return Measures.of(values);
    }
}
