package org.homeward.insight.internal.impact;

import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's episodes by the day they began (ADR 0037), keyed as {@link ImpactFigures} counts how
 * quickly each agency was told, each episode an item: {@code pc|whole minutes, or -} from the police report to the
 * council told; and for a child placed out of their council's area {@code oa}, {@code oa|-} when the placing
 * authority's notice was not sent, {@code cp|whole minutes} from the council told to that notice and
 * {@code lp|whole minutes} from last seen to it.
 */
@Component
class StartsSummary implements PeriodSummaries.Summarised {

    static final String NAME = "impact-starts";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source(String where) {
        return """
                select e.start_day as day, null::uuid as child_id, e.episode_id::text as item, k.key
                  from (select e.episode_id, e.start_day, e.started_at, e.police_reported_at, e.council_notified_at,
                               e.placed and e.placing_authority_id <> e.host_authority_id as out_of_area,
                               %s as placing_told_at
                          from insight_episode e where %s) e
                 cross join lateral (
                       select 'pc|' || coalesce(%s::text, '-') as key where e.police_reported_at is not null
                       union all select 'oa' where e.out_of_area
                       union all select 'oa|-' where e.out_of_area and e.placing_told_at is null
                       union all select 'cp|' || %s where e.out_of_area
                       union all select 'lp|' || %s where e.out_of_area) k
                 where k.key is not null"""
                .formatted(ImpactFigures.PLACING_TOLD, where,
                        ImpactFigures.minutes("e.council_notified_at", "e.police_reported_at"),
                        ImpactFigures.minutes("e.placing_told_at", "e.council_notified_at"),
                        ImpactFigures.minutes("e.placing_told_at", "e.started_at"));
    }
}
