package org.homeward.insight.internal.impact;

import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's returns by the London day of return (ADR 0037), keyed as {@link ImpactFigures} counts
 * them, each return an item: {@code iv|provider|who held|cohort|offered|outcome|held|within 72 hours} for the
 * interviews; {@code sw|whole minutes to the check, or -|within 24 hours|within 72 hours} for the safe and well
 * checks; and {@code f|cohort|days} for a return the child's next episode followed that many London days later,
 * within {@value ImpactFigures#FOLLOWED_DAYS} days, or {@code f|cohort|n|day of the month} for one not followed by
 * another (yet), so that the page censors it at today when it reads.
 */
@Component
class ReturnsSummary implements PeriodSummaries.Summarised {

    static final String NAME = "impact-returns";
    static final String RETURN_DAY = "(e.ended_at at time zone 'Europe/London')::date";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String day() {
        return RETURN_DAY;
    }

    @Override
    public String source(String where) {
        return """
                select e.day, null::uuid as child_id, e.episode_id::text as item, k.key
                  from (select e.episode_id, %s as day, %s as cohort, %s as independence,
                               e.provider_agency_id, e.offered, e.offer_outcome, e.interview_held_at, e.returned_at,
                               e.ended_at, e.safe_and_well_at,
                               %s as next_day
                          from insight_episode e where e.ended_at is not null and %s) e
                 cross join lateral (
                       select 'iv|' || coalesce(e.provider_agency_id::text, '') || '|' || e.independence || '|'
                              || e.cohort || '|' || e.offered::int || '|'
                              || case when e.offered then coalesce(e.offer_outcome, '') else '' end || '|'
                              || (e.offered and e.interview_held_at is not null)::int || '|'
                              || coalesce(e.offered and e.interview_held_at <= e.returned_at + interval '72 hours', false)::int
                              as key
                       union all
                       select 'sw|' || coalesce(%s::text, '-') || '|'
                              || coalesce(e.safe_and_well_at <= e.ended_at + interval '24 hours', false)::int || '|'
                              || coalesce(e.safe_and_well_at <= e.ended_at + interval '72 hours', false)::int
                       union all
                       select 'f|' || e.cohort || '|' || case when e.next_day - e.day <= %d then (e.next_day - e.day)::text
                                                             else 'n|' || extract(day from e.day)::int end) k"""
                .formatted(RETURN_DAY, PartnershipFigures.COHORT, PartnershipFigures.INDEPENDENCE_GROUP,
                        ImpactFigures.NEXT_DAY, where, ImpactFigures.minutes("e.safe_and_well_at", "e.ended_at"),
                        ImpactFigures.FOLLOWED_DAYS);
    }

    /**
     * A new episode (one not counted yet) ends the following of the child's earlier returns that no other episode
     * followed before it: the days they were counted on. The new are found first, so that only their rows of
     * {@code episode} are read.
     */
    @Override
    public String dependentDays(String recounted) {
        return """
                select %s as day
                  from (select r.episode_id from %s r
                         where not exists (select 1 from insight_episode c where c.episode_id = r.episode_id)) n
                  join episode x on x.id = n.episode_id
                  join insight_episode e on e.child_id = x.child_id
                 where e.ended_at <= x.last_seen_at and e.ended_at > x.last_seen_at - interval '%d days'
                   and not exists (select 1 from insight_episode y where y.child_id = e.child_id
                                     and y.started_at >= e.ended_at and y.started_at < x.last_seen_at)"""
                .formatted(RETURN_DAY, recounted, ImpactFigures.FOLLOWED_DAYS + 1);
    }
}
