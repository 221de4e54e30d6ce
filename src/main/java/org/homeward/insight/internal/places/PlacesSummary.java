package org.homeward.insight.internal.places;

import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's uses of places by day (ADR 0037), keyed so that {@link UsedPlaces} can count each place
 * as it does from the episodes, whichever location the words match when the page is read:
 * {@code P|risk|said key} each episode under each place it was last seen or found at, with the police's highest
 * risk level as a number (0 not graded); {@code W|words} each use under the words typed (the first 298
 * characters), for the name most often typed; {@code F|location} each child with an episode that day under each
 * place they frequent, linked on their record (as at the count).
 */
@Component
class PlacesSummary implements PeriodSummaries.Summarised {

    static final String NAME = "places";
    /** Words typed are kept to this length in a key, within the summary's 300 characters. */
    static final int WORDS = 298;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source(String where) {
        return """
                with e as (select * from insight_episode e where %s)
                select e.start_day as day, e.child_id, e.episode_id::text as item,
                       'P|' || coalesce(%s, 0) || '|' || k.said_key as key
                  from e cross join lateral (select e.last_seen_key as said_key
                                             union select e.found_key where e.found_key is not null) k
                union all
                select e.start_day, null, e.episode_id::text || w.kind, 'W|' || left(w.words, %d)
                  from e cross join lateral (select 'l' as kind, btrim(e.last_seen_place) as words
                                             union all
                                             select 'f', btrim(e.located_where) where e.found_key is not null) w
                union all
                select e.start_day, e.child_id, null, 'F|' || k.location_id
                  from e join location_link k on k.child_id = e.child_id and k.episode_id is null"""
                .formatted(where, PlaceUses.RISK_RANK.formatted("e.highest_risk"), WORDS);
    }
}
