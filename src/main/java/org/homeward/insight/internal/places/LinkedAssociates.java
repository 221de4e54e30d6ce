package org.homeward.insight.internal.places;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Associates linked to several of the children who went missing in the period (SR-03; DOMAIN.md E.4 lists
 * associates among what a partnership analyses). Only the identifier and, for those who may see associates,
 * the name and the person-of-concern flag leave the database: never an address, a phone or a handle.
 */
@Repository
class LinkedAssociates {

    /** {@code name} and {@code personOfConcern} are null unless the viewer may see associates. */
    record LinkedAssociate(UUID id, String name, Boolean personOfConcern, long children, long episodes) {
    }

    /** A page of associates, and how many there are in all. */
    record Page(List<LinkedAssociate> associates, long total) {
    }

    /**
     * Among the associates linked to several children: how many are persons of concern, and how many of the
     * period's children are linked to one of them.
     */
    record Concern(long associates, long personsOfConcern, long childrenLinkedToConcern) {
    }

    static final int SEVERAL = 2;

    private static final String LINKS = """
            , kids as (select distinct child_id from ep)
            , links as (select ca.associate_id, ca.child_id from child_associate ca join kids using (child_id))
            , several as (select associate_id, count(*) as children from links group by associate_id
                           having count(*) >= :several)
            """;

    private final JdbcClient jdbc;

    LinkedAssociates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page linked(PlacesQuestion.Asked asked, int limit, int offset) {
        List<Row> rows = jdbc.sql(PlaceUses.with(asked) + LINKS + """
                select a.id, case when :names then a.name end as name,
                       case when :names then a.person_of_concern end as person_of_concern, s.children,
                       (select count(*) from ep where ep.child_id in
                           (select child_id from links l where l.associate_id = a.id)) as episodes,
                       count(*) over () as total
                  from several s join associate a on a.id = s.associate_id
                 order by s.children desc, episodes desc, a.id
                 limit :limit offset :offset""")
                .params(asked.params()).param("several", SEVERAL).param("names", asked.namesAssociates())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(new LinkedAssociate(rs.getObject("id", UUID.class), rs.getString("name"),
                        (Boolean) rs.getObject("person_of_concern"), rs.getLong("children"), rs.getLong("episodes")),
                        rs.getLong("total")))
                .list();
        long total = rows.isEmpty() ? concern(asked).associates() : rows.get(0).total();
        return new Page(rows.stream().map(Row::associate).toList(), total);
    }

    Concern concern(PlacesQuestion.Asked asked) {
        return jdbc.sql(PlaceUses.with(asked) + LINKS + """
                select (select count(*) from several) as associates,
                       (select count(*) from several s join associate a on a.id = s.associate_id
                         where a.person_of_concern) as persons_of_concern,
                       (select count(distinct l.child_id) from links l join associate a on a.id = l.associate_id
                         where a.person_of_concern) as children_linked_to_concern""")
                .params(asked.params()).param("several", SEVERAL).query(Concern.class).single();
    }

    private record Row(LinkedAssociate associate, long total) {
    }
}
