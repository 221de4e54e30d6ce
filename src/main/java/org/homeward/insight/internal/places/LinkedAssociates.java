package org.homeward.insight.internal.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.insight.internal.KeptReads;
import org.homeward.insight.internal.PeriodSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
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

    /** A page of associates, how many there are in all, and the concern among them. */
    record Page(List<LinkedAssociate> associates, long total, Concern concern) {
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

    /** The page's list from {@code several} (associate_id, children) and each one's {@code episodes}. */
    private static final String LISTED = """
            select a.id, case when :names then a.name end as name,
                   case when :names then a.person_of_concern end as person_of_concern, s.children, %s as episodes
              from several s join associate a on a.id = s.associate_id
             order by s.children desc, episodes desc, a.id
             limit :limit offset :offset""";

    /** Associates for a period and councils (none: the whole partnership), named or not, and how they are read. */
    private record Key(LocalDate from, LocalDate to, List<UUID> authorities, boolean names, boolean summarised) {
    }

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;
    private final KeptReads.Kept<Key, Page> kept;

    LinkedAssociates(JdbcClient jdbc, PeriodSummaries summaries, KeptReads reads) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.kept = reads.kept("associates", 8);
    }

    /** The whole partnership's from the summaries while they are ready (ADR 0037); a council's from its episodes. */
    Page linked(PlacesQuestion.Asked asked, int limit, int offset) {
        return linked(asked, limit, offset, asked.shown().authorities().isEmpty() && summaries.ready());
    }

    /**
     * The list for the period and councils, worked out once (from the summaries when {@code summarised}, otherwise
     * from the episodes) and kept until the next count (ADR 0038); a page of it.
     */
    Page linked(PlacesQuestion.Asked asked, int limit, int offset, boolean summarised) {
        List<UUID> authorities = asked.shown().authorities().map(ids -> ids.stream().sorted().toList())
                .orElse(List.of());
        Page all = kept.of(new Key(asked.from(), asked.to(), authorities, asked.namesAssociates(), summarised),
                () -> summarised ? summarised(asked, Integer.MAX_VALUE, 0) : read(asked)).value();
        List<LinkedAssociate> listed = all.associates();
        int first = (int) Math.min(offset, listed.size());
        return new Page(listed.subList(first, (int) Math.min(listed.size(), (long) first + limit)), all.total(),
                all.concern());
    }

    /** Every associate linked to several of the period's children among the councils shown, from the episodes. */
    private Page read(PlacesQuestion.Asked asked) {
        List<LinkedAssociate> rows = jdbc.sql(PlaceUses.with(asked) + LINKS + LISTED.formatted("""
                (select count(*) from ep where ep.child_id in
                    (select child_id from links l where l.associate_id = a.id))"""))
                .params(asked.params()).param("several", SEVERAL).param("names", asked.namesAssociates())
                .param("limit", Integer.MAX_VALUE).param("offset", 0)
                .query(LinkedAssociates::row).list();
        Concern concern = concern(asked);
        return new Page(rows, concern.associates(), concern);
    }

    /**
     * From {@link AssociatesSummary}: an associate's children are the union of their sets, episodes the sum of
     * their items. Associates no longer recorded are left out, as their links are. The children linked to a person
     * of concern (as the associate's record says now) are read from the period's episodes of those associates'
     * children, as they may be linked to one child only and such associates are not summarised.
     */
    private Page summarised(PlacesQuestion.Asked asked, int limit, int offset) {
        List<String> ids = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        List<Long> episodes = new ArrayList<>();
        summaries.read(AssociatesSummary.NAME, asked.from(), asked.to(), (period, key) -> List.of(key))
                .forEach((key, count) -> {
                    if (count.children() >= SEVERAL) {
                        ids.add(key);
                        children.add(count.children());
                        episodes.add(count.items());
                    }
                });
        String several = """
                with several as (
                    select s.associate_id::uuid as associate_id, s.children, s.episodes
                      from unnest(:ids, :children, :episodes) s(associate_id, children, episodes)
                     where exists (select 1 from associate a where a.id = s.associate_id::uuid))
                """;
        Map<String, Object> params = Map.of("ids", new SqlArrayValue("text", ids.toArray()),
                "children", new SqlArrayValue("bigint", children.toArray()),
                "episodes", new SqlArrayValue("bigint", episodes.toArray()));
        List<LinkedAssociate> rows = jdbc.sql(several + LISTED.formatted("s.episodes"))
                .params(params).param("names", asked.namesAssociates()).param("limit", limit).param("offset", offset)
                .query(LinkedAssociates::row).list();
        Concern concern = jdbc.sql(several + """
                select count(*) as associates, count(*) filter (where a.person_of_concern) as persons_of_concern,
                       (select count(distinct e.child_id)
                          from associate c
                          join child_associate ca on ca.associate_id = c.id
                          join insight_episode e on e.child_id = ca.child_id and e.start_day between :from and :to
                         where c.person_of_concern) as children_linked_to_concern
                  from several s join associate a on a.id = s.associate_id""")
                .params(params).params(asked.params()).query(Concern.class).single();
        return new Page(rows, concern.associates(), concern);
    }

    private static LinkedAssociate row(ResultSet rs, int n) throws SQLException {
        return new LinkedAssociate(rs.getObject("id", UUID.class), rs.getString("name"),
                (Boolean) rs.getObject("person_of_concern"), rs.getLong("children"), rs.getLong("episodes"));
    }

    private Concern concern(PlacesQuestion.Asked asked) {
        return jdbc.sql(PlaceUses.with(asked) + LINKS + """
                select (select count(*) from several) as associates,
                       (select count(*) from several s join associate a on a.id = s.associate_id
                         where a.person_of_concern) as persons_of_concern,
                       (select count(distinct l.child_id) from links l join associate a on a.id = l.associate_id
                         where a.person_of_concern) as children_linked_to_concern""")
                .params(asked.params()).param("several", SEVERAL).query(Concern.class).single();
    }
}
