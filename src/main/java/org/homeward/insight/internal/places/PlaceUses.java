package org.homeward.insight.internal.places;

/**
 * The period's episodes and every use of a place by their children, as SQL the places, people and network
 * queries begin with. A place is a shared location when one is recorded under the same words (the episode
 * module records where each child was last seen and found as one, matched ignoring case and punctuation), and
 * otherwise the words typed, grouped the same way, so that episodes recorded before locations existed still
 * count. A place a child frequents (linked on the child's record, not to an episode) counts the child, not an
 * episode.
 */
final class PlaceUses {

    private PlaceUses() {
    }

    /**
     * Common table expressions {@code ep} (the period's episodes among the councils shown: one {@code %s} for
     * the scope), {@code said} (where each was last seen and found, as typed) and {@code uses} (child, episode or
     * null, place key, location or null, the words typed).
     */
    static final String WITH = """
            with ep as materialized (
                select f.episode_id, f.child_id, f.started_at, coalesce(f.ended_at, 'infinity'::timestamptz) as ended_at,
                       f.highest_risk, f.last_seen_place, f.located_where, f.last_seen_key, f.found_key
                  from insight_episode f
                 where f.start_day between :from and :to and %s
            ),
            said as (
                -- The keys were worked out when the episodes were counted (EpisodeFacts).
                select episode_id, child_id, 'last_seen' as kind, btrim(last_seen_place) as words,
                       last_seen_key as said_key
                  from ep
                union all
                select episode_id, child_id, 'found', btrim(located_where), found_key
                  from ep where found_key is not null
            ),
            uses as (
                select s.episode_id, s.child_id, coalesce(l.id::text, 'said:' || s.said_key) as place,
                       l.id as location_id, s.words
                  from said s left join location l on l.match_key = s.said_key
                union all
                select null, k.child_id, k.location_id::text, k.location_id, null
                  from location_link k
                 where k.episode_id is null and k.child_id in (select child_id from ep)
            )
            """;

    /** A police risk level as a number to compare, highest 5; null when not graded. */
    static final String RISK_RANK = """
            case %s when 'HIGH' then 5 when 'MEDIUM' then 4 when 'LOW' then 3 when 'VERY_LOW' then 2
                    when 'NO_APPARENT_RISK' then 1 end""";

    static final String[] RISKS_BY_RANK = {null, "NO_APPARENT_RISK", "VERY_LOW", "LOW", "MEDIUM", "HIGH"};

    static String with(PlacesQuestion.Asked asked) {
        return WITH.formatted(asked.scope());
    }
}
