package org.homeward.insight.internal.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Places used by several children in the period (SR-03 hot spots): by the number of children, or by risk. */
@Repository
class UsedPlaces {

    /** The order of the list. */
    enum Order {
        CHILDREN("children desc, episodes desc, risk_rank desc nulls last"),
        RISK("risk_rank desc nulls last, children desc, episodes desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        static Order of(String asked) {
            return "risk".equals(asked) ? RISK : CHILDREN;
        }
    }

    /**
     * One place. {@code riskAssessed} null when the place is only words typed on episodes, not a recorded
     * location; {@code highestRisk} the police risk level code, null when none of its episodes was graded.
     */
    record Place(String key, UUID locationId, String name, String town, Boolean riskAssessed, long children,
                 long episodes, String highestRisk) {
    }

    /** A page of places, and how many there are in all. */
    record Page(List<Place> places, long total) {
    }

    /** Places are "used by several children" from two children. */
    static final int SEVERAL = 2;

    /** The page's list from the counted places: {@code places} (place, location_id, children, episodes, risk_rank, words). */
    private static final String LISTED = """
            select p.place, p.location_id, coalesce(l.description, p.words) as name, l.town, l.risk_assessed,
                   p.children, p.episodes, p.risk_rank, count(*) over () as total
              from places p left join location l on l.id = p.location_id::uuid
             order by %s, lower(coalesce(l.description, p.words)), p.place
             limit :limit offset :offset""";

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;

    UsedPlaces(JdbcClient jdbc, PeriodSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** The whole partnership's from the summaries while they are ready (ADR 0037); a council's from its episodes. */
    Page used(PlacesQuestion.Asked asked, Order order, int limit, int offset) {
        return used(asked, order, limit, offset, asked.shown().authorities().isEmpty() && summaries.ready());
    }

    Page used(PlacesQuestion.Asked asked, Order order, int limit, int offset, boolean summarised) {
        if (summarised) {
            return summarised(asked, order, limit, offset);
        }
        List<Row> rows = jdbc.sql(PlaceUses.with(asked) + """
                , places as (
                    select u.place, max(u.location_id::text) as location_id,
                           count(distinct u.child_id) as children, count(distinct u.episode_id) as episodes,
                           max(%s) as risk_rank,
                           mode() within group (order by u.words) as words
                      from uses u left join ep on ep.episode_id = u.episode_id
                     group by u.place
                    having count(distinct u.child_id) >= :several
                )
                """.formatted(PlaceUses.RISK_RANK.formatted("ep.highest_risk")) + LISTED.formatted(order.sql))
                .params(asked.params()).param("several", SEVERAL).param("limit", limit).param("offset", offset)
                .query(UsedPlaces::row).list();
        if (rows.isEmpty() && offset > 0) {
            return new Page(List.of(), count(asked));
        }
        return page(rows);
    }

    /**
     * From {@link PlacesSummary}: each said key is the location it matches now, or words; a place's children are
     * the union of its sets, its episodes the sum of its items, its name the words most often typed (the first
     * in order among equals, as {@code mode()} picks). The list is sorted by the database, as from the episodes.
     */
    private Page summarised(PlacesQuestion.Asked asked, Order order, int limit, int offset) {
        Map<String, String> located = new HashMap<>();
        jdbc.sql("select match_key, id::text as id from location").query(rs -> {
            located.put(rs.getString("match_key"), rs.getString("id"));
        });
        Set<String> locationIds = new HashSet<>(located.values());
        Map<String, Integer> risks = new HashMap<>();
        Map<String, PeriodSummaries.Count> read = summaries.read(PlacesSummary.NAME, asked.from(), asked.to(),
                (period, key) -> {
                    if (key.startsWith("W|")) {
                        return List.of(key);
                    }
                    String place;
                    if (key.startsWith("F|")) {
                        place = key.substring(2);
                    } else {
                        int cut = key.indexOf('|', 2);
                        String said = key.substring(cut + 1);
                        place = located.getOrDefault(said, "said:" + said);
                        risks.merge(place, Integer.parseInt(key.substring(2, cut)), Math::max);
                    }
                    return List.of(place);
                });
        List<String> places = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        List<Long> episodes = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Long> uses = new ArrayList<>();
        read.forEach((key, count) -> {
            if (key.startsWith("W|")) {
                words.add(key.substring(2));
                uses.add(count.items());
            } else if (count.children() >= SEVERAL && (key.startsWith("said:") || locationIds.contains(key))) {
                places.add(key);
                locations.add(key.startsWith("said:") ? null : key);
                children.add(count.children());
                episodes.add(count.items());
                int rank = risks.getOrDefault(key, 0);
                ranks.add(rank == 0 ? null : rank);
            }
        });
        List<Row> rows = jdbc.sql("""
                with typed as (
                    select distinct on (said_key) said_key, words
                      from (select 'said:' || location_match_key(left(w.words, 200), null) as said_key, w.words, w.uses
                              from unnest(:words, :uses) w(words, uses)) t
                     order by said_key, uses desc, words),
                places as (
                    select p.place, p.location_id, p.children, p.episodes, p.risk_rank, t.words
                      from unnest(:places, :locations, :children, :episodes, :ranks)
                           p(place, location_id, children, episodes, risk_rank)
                      left join typed t on t.said_key = p.place)
                """ + LISTED.formatted(order.sql))
                .param("words", new SqlArrayValue("text", words.toArray()))
                .param("uses", new SqlArrayValue("bigint", uses.toArray()))
                .param("places", new SqlArrayValue("text", places.toArray()))
                .param("locations", new SqlArrayValue("text", locations.toArray()))
                .param("children", new SqlArrayValue("bigint", children.toArray()))
                .param("episodes", new SqlArrayValue("bigint", episodes.toArray()))
                .param("ranks", new SqlArrayValue("integer", ranks.toArray()))
                .param("limit", limit).param("offset", offset)
                .query(UsedPlaces::row).list();
        return rows.isEmpty() ? new Page(List.of(), places.size()) : page(rows);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new Place(rs.getString("place"),
                rs.getString("location_id") == null ? null : UUID.fromString(rs.getString("location_id")),
                rs.getString("name"), rs.getString("town"), (Boolean) rs.getObject("risk_assessed"),
                rs.getLong("children"), rs.getLong("episodes"), PlaceUses.RISKS_BY_RANK[rs.getInt("risk_rank")]),
                rs.getLong("total"));
    }

    private static Page page(List<Row> rows) {
        return new Page(rows.stream().map(Row::place).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
    }

    private long count(PlacesQuestion.Asked asked) {
        return jdbc.sql(PlaceUses.with(asked) + """
                select count(*) from (select u.place from uses u group by u.place
                                      having count(distinct u.child_id) >= :several) p""")
                .params(asked.params()).param("several", SEVERAL).query(Long.class).single();
    }

    private record Row(Place place, long total) {
    }
}
