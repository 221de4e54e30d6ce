package org.homeward.insight.internal.population;

import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's episodes by day (ADR 0037), keyed as {@link DefinitionFigures} counts them:
 * {@code category|classification|risk|} for every episode (with its child), and with {@code harm},
 * {@code exploitation}, {@code screened} or {@code held72} for each that followed, and {@code w<n>} for its count
 * in the repeat window, so that the repeat threshold stays a setting.
 */
@Component
class DefinitionSummary implements PeriodSummaries.Summarised {

    static final String NAME = "definition";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source(String where) {
        return """
                select e.start_day as day, case when k.outcome = '' then e.child_id end as child_id,
                       e.episode_id::text as item,
                       e.category || '|' || coalesce(e.classification, 'NOT_GRADED') || '|'
                           || coalesce(e.risk_level, 'NOT_GRADED') || '|' || k.outcome as key
                  from insight_episode e
                 cross join lateral (
                       select '' as outcome
                       union all select 'harm' where e.harm_found
                       union all select 'w' || coalesce(e.in_window, 0)
                       union all select 'exploitation' where e.exploitation
                       union all select 'screened' where e.screened
                       union all select 'held72' where e.interview_held_at <= e.returned_at + interval '72 hours') k
                 where %s""".formatted(where);
    }
}
