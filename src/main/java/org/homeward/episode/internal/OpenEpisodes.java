package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partnership's open episodes, filtered and sorted for the people who work them. Reads the
 * child and placement tables read-only, as a report does, so one query serves the whole list.
 */
@Repository
public class OpenEpisodes {

    enum Cohort { HOME, IN_AREA, OUT_OF_AREA, PLACED_IN }

    enum Sort { RISK, LONGEST, NEWEST }

    record Filter(String risk, Cohort cohort, boolean longOnly, UUID authorityId, UUID localAuthority, Sort sort) {
    }

    public record Row(UUID id, UUID childId, String childName, LocalDate dateOfBirth, String category, Instant lastSeenAt,
               Instant locatedAt, String riskLevel, String authority, boolean outOfArea, boolean checked, int riskRank) {

        public Duration duration(Instant now) {
            return Duration.between(lastSeenAt, locatedAt == null ? now : locatedAt);
        }
    }

    static final int PAGE_SIZE = 50;

    /** One page of the list, its links either side, how many episodes match in all and where the page starts. */
    record Page(List<Row> rows, Keyset.Page<Row> links, long total, long from) {

        public long to() {
            return rows.isEmpty() ? 0 : from + rows.size() - 1;
        }
    }

    /** The police risk levels, highest first; an episode not graded comes last. */
    private static final String RISK_RANK = "case g.risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2"
            + " when 'VERY_LOW' then 3 when 'NO_APPARENT_RISK' then 4 else 5 end";

    private static final String COLUMNS = """
            select e.id, e.child_id, c.given_names || ' ' || c.family_name as child_name, c.date_of_birth, e.category,
                   e.last_seen_at, e.located_at, g.risk_level, ra.name as authority,
                   coalesce(p.host_authority_id <> p.placing_authority_id, false) as out_of_area,
                   exists (select 1 from safe_and_well_check s where s.episode_id = e.id) as checked,
                   """ + RISK_RANK + " as risk_rank";

    private static final String FROM = """
              from episode e
              join child c on c.id = e.child_id
              left join agency ra on ra.id = c.responsible_authority_id
              left join placement p on p.id = e.placement_id
              left join lateral (select risk_level from episode_grading
                                  where episode_id = e.id order by graded_at desc limit 1) g on true
            """;

    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;

    OpenEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keyset a sort reads by: highest risk first carries the risk rank in its positions. */
    static Keyset keyset(Sort sort, String after, String before) {
        return sort == null || sort == Sort.RISK ? Keyset.ranked(after, before, PAGE_SIZE)
                : Keyset.of(after, before, PAGE_SIZE);
    }

    /**
     * The page of matching open episodes at {@code keyset}'s position. Ties broken by id, so that pages never
     * repeat or skip an episode; a position that no longer fits the filter reads on from where it was.
     */
    Page open(Filter f, Instant now, Keyset keyset, InvolvedWith involved) {
        StringBuilder where = new StringBuilder(" where e.located_at is null");
        Map<String, Object> params = new HashMap<>();
        conditions(f, now, where, params);
        where.append(" and ").append(involved.namedSql("e.child_id"));
        params.putAll(involved.namedParams());
        Sort sort = f.sort() == null ? Sort.RISK : f.sort();
        String rank = sort == Sort.RISK ? "m.risk_rank" : null;
        boolean descending = sort == Sort.NEWEST;
        // The matches are read once (the scoping is most of their cost): counted, and the page taken from them.
        String sql = "with matching as (" + SELECT + where + "), counted as (select count(*) as total, count(*) filter"
                + " (where " + keyset.preceding(rank, "m.last_seen_at", "m.id", descending) + ") as preceding"
                + " from matching m) select m.*, counted.total, counted.preceding from matching m cross join counted"
                + " where true" + keyset.condition(rank, "m.last_seen_at", "m.id", descending)
                + keyset.orderBy(rank, "m.last_seen_at", "m.id", descending) + keyset.limit();
        long[] counted = {0, 0};
        SimplePropertyRowMapper<Row> rows = new SimplePropertyRowMapper<>(Row.class);
        Keyset.Page<Row> links = keyset.page(keyset.bind(jdbc.sql(sql)).params(params).query((rs, n) -> {
            counted[0] = rs.getLong("total");
            counted[1] = rs.getLong("preceding");
            return rows.mapRow(rs, n);
        }).list(), r -> new Keyset.Position(rank == null ? null : r.riskRank(), r.lastSeenAt(), r.id()));
        if (links.isEmpty() && !keyset.first()) {
            // Every episode past the position was found meanwhile: the first page, not an empty one.
            return open(f, now, keyset(sort, null, null), involved);
        }
        return new Page(links.rows(), links, counted[0], keyset.from(counted[1], links.rows().size()));
    }

    private static void conditions(Filter f, Instant now, StringBuilder sql, Map<String, Object> params) {
        if (f.risk() != null) {
            if (f.risk().equals("NONE")) {
                sql.append(" and g.risk_level is null");
            } else {
                sql.append(" and g.risk_level = :risk");
                params.put("risk", f.risk());
            }
        }
        if (f.cohort() != null) {
            switch (f.cohort()) {
                case HOME -> sql.append(" and p.id is null");
                case IN_AREA -> sql.append(" and p.id is not null and p.host_authority_id = p.placing_authority_id");
                case OUT_OF_AREA -> {
                    sql.append(" and p.id is not null and p.host_authority_id <> p.placing_authority_id");
                    if (f.localAuthority() != null) {
                        sql.append(" and p.placing_authority_id = :localAuthority");
                        params.put("localAuthority", f.localAuthority());
                    }
                }
                case PLACED_IN -> {
                    sql.append(" and p.id is not null and p.host_authority_id <> p.placing_authority_id"
                            + " and p.host_authority_id = :localAuthority");
                    params.put("localAuthority", f.localAuthority());
                }
            }
        }
        if (f.longOnly()) {
            sql.append(" and e.last_seen_at <= :longSince");
            params.put("longSince", Timestamp.from(now.minus(Episode.LONG)));
        }
        if (f.authorityId() != null) {
            sql.append(" and (c.responsible_authority_id = :authority or e.police_force_id = :authority"
                    + " or p.host_authority_id = :authority)");
            params.put("authority", f.authorityId());
        }
    }

    /** Children back within the last {@code window} whose safe-and-well check is not yet recorded. */
    List<Row> returnedAwaitingCheck(Instant now, Duration window, InvolvedWith involved) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(now.minus(window))));
        params.addAll(involved.params());
        return jdbc.sql(SELECT + """
                 where e.located_at >= ? and not exists (select 1 from safe_and_well_check s where s.episode_id = e.id)
                   and """ + " " + involved.sql("e.child_id") + " order by e.located_at")
                .params(params)
                .query(Row.class).list();
    }
}
