package org.homeward.insight.internal;

/**
 * The periods the whole partnership's figures are summarised by (ADR 0033, 0034): London months for a period's
 * whole months, London days for the days either side of them, so no period reads an episode row.
 */
enum Grain {

    MONTH("month", "date_trunc('month', start_day)::date", "insight_month", "insight_child_month",
            "insight_month_children", "recounted_child_month"),
    DAY("day", "start_day", "insight_day", "insight_child_day", "insight_day_children", "recounted_child_day");

    /** The period's column in each table. */
    final String column;
    /** The period of an {@code insight_episode} row. */
    final String of;
    /** Episodes counted by value. */
    final String counts;
    /** One row per child and period. */
    final String children;
    /** The children's sets of numbers. */
    final String sets;
    /** In a recount, the children's periods it touches. */
    final String recounted;

    Grain(String column, String of, String counts, String children, String sets, String recounted) {
        this.column = column;
        this.of = of;
        this.counts = counts;
        this.children = children;
        this.sets = sets;
        this.recounted = recounted;
    }
}
