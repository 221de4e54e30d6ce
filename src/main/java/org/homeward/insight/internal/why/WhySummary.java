package org.homeward.insight.internal.why;

import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's return interviews by day (ADR 0037), keyed as {@link WhyFigures} counts them: each
 * interview held after an episode under {@code all}, {@code coded} and {@code exploitation} as they apply and
 * under each factor coded, each with where the child lived ({@code vocabulary|code|cohort}); and under each pair of
 * factors coded at it ({@code pair~first~second}, no harm disclosed pairing with nothing).
 */
@Component
class WhySummary implements PeriodSummaries.Summarised {

    static final String NAME = "why";
    static final String PAIR = "pair~";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source(String where) {
        return """
                select e.start_day as day, e.child_id, e.offer_id::text as item, k.key
                  from (select e.*, %s as cohort from insight_episode e where e.interviewed and %s) e
                 cross join lateral (
                       select 'all||' || e.cohort as key
                       union all
                       select 'coded||' || e.cohort
                        where exists (select 1 from rhi_factor f where f.offer_id = e.offer_id
                                         and f.vocabulary in ('rhi-push-factor', 'rhi-pull-factor'))
                       union all
                       select 'exploitation||' || e.cohort where e.exploitation
                       union all
                       select f.vocabulary || '|' || f.code || '|' || e.cohort from rhi_factor f where f.offer_id = e.offer_id
                       union all
                       select 'pair~' || a.factor || '~' || b.factor
                         from (select f.vocabulary || '|' || f.code as factor from rhi_factor f
                                where f.offer_id = e.offer_id and not (f.vocabulary = 'rhi-harm' and f.code = 'NO_HARM')) a
                         join (select f.vocabulary || '|' || f.code as factor from rhi_factor f
                                where f.offer_id = e.offer_id and not (f.vocabulary = 'rhi-harm' and f.code = 'NO_HARM')) b
                           on b.factor > a.factor) k""".formatted(PartnershipFigures.COHORT, where);
    }
}
