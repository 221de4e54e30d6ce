package org.homeward.insight.internal.places;

import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's episodes by day under each associate their child is linked to (ADR 0037; the links as
 * at the count), keyed by the associate's identifier: {@link LinkedAssociates} adds up the episodes and unites
 * the children. Only associates linked to more than one child are kept: one linked to a single child can never
 * be linked to several in a period, and at national scale they are most of a year's rows.
 */
@Component
class AssociatesSummary implements PeriodSummaries.Summarised {

    static final String NAME = "associates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source(String where) {
        return """
                select e.start_day as day, e.child_id, e.episode_id::text as item, ca.associate_id::text as key
                  from insight_episode e join child_associate ca on ca.child_id = e.child_id
                 where %s
                   and exists (select 1 from child_associate o
                                where o.associate_id = ca.associate_id and o.child_id <> ca.child_id)""".formatted(where);
    }
}
