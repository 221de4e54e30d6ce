package org.homeward.insight.internal.places;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    UsedPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page used(PlacesQuestion.Asked asked, Order order, int limit, int offset) {
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
                select p.place, p.location_id, coalesce(l.description, p.words) as name, l.town, l.risk_assessed,
                       p.children, p.episodes, p.risk_rank, count(*) over () as total
                  from places p left join location l on l.id = p.location_id::uuid
                 order by %s, lower(coalesce(l.description, p.words)), p.place
                 limit :limit offset :offset""".formatted(PlaceUses.RISK_RANK.formatted("ep.highest_risk"), order.sql))
                .params(asked.params()).param("several", SEVERAL).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(new Place(rs.getString("place"),
                        rs.getString("location_id") == null ? null : UUID.fromString(rs.getString("location_id")),
                        rs.getString("name"), rs.getString("town"), (Boolean) rs.getObject("risk_assessed"),
                        rs.getLong("children"), rs.getLong("episodes"),
                        PlaceUses.RISKS_BY_RANK[rs.getInt("risk_rank")]), rs.getLong("total")))
                .list();
        if (rows.isEmpty() && offset > 0) {
            return new Page(List.of(), count(asked));
        }
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
