package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.InvolvedWith;
import java.util.UUID;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.RowMapper;
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
               Instant locatedAt, String riskLevel, String authority, boolean outOfArea, boolean checked) {

        public Duration duration(Instant now) {
            return Duration.between(lastSeenAt, locatedAt == null ? now : locatedAt);
        }
    }

    static final int PAGE_SIZE = 50;

    /** One page of the list, and how many episodes match in all. */
    record Page(List<Row> rows, int total, int page) {

        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public int from() {
            return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int to() {
            return (page - 1) * PAGE_SIZE + rows.size();
        }
    }

    private static final String COLUMNS = """
            select e.id, e.child_id, c.given_names || ' ' || c.family_name as child_name, c.date_of_birth, e.category,
                   e.last_seen_at, e.located_at, g.risk_level, ra.name as authority,
                   coalesce(p.host_authority_id <> p.placing_authority_id, false) as out_of_area,
                   exists (select 1 from safe_and_well_check s where s.episode_id = e.id) as checked""";

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

    /** The given page (from 1) of the matching open episodes; a page past the end gives the last page. */
    Page open(Filter f, Instant now, int page, InvolvedWith involved) {
        StringBuilder where = new StringBuilder(" where e.located_at is null");
        List<Object> params = new ArrayList<>();
        conditions(f, now, where, params);
        where.append(" and ").append(involved.sql("e.child_id"));
        params.addAll(involved.params());
        int shown = Math.max(page, 1);
        int[] total = {0};
        SimplePropertyRowMapper<Row> rows = new SimplePropertyRowMapper<>(Row.class);
        RowMapper<Row> counting = (rs, n) -> {
            total[0] = rs.getInt("total");
            return rows.mapRow(rs, n);
        };
        // The total comes with the page (one pass over the matches); only a page past the end needs a second look.
        // Limit and offset as parameters: one statement text per filter, so its plan is prepared once per connection.
        String paged = COLUMNS + ", count(*) over () as total" + FROM + where + order(f) + " limit ? offset ?";
        List<Row> found = jdbc.sql(paged).params(pageParams(params, shown)).query(counting).list();
        if (found.isEmpty() && shown > 1) {
            total[0] = jdbc.sql("select count(*) from (" + SELECT + where + ") matching").params(params)
                    .query(Integer.class).single();
            shown = Math.max(1, (total[0] + PAGE_SIZE - 1) / PAGE_SIZE);
            found = jdbc.sql(paged).params(pageParams(params, shown)).query(counting).list();
        }
        return new Page(found, total[0], shown);
    }

    private static List<Object> pageParams(List<Object> params, int page) {
        List<Object> all = new ArrayList<>(params);
        all.add(PAGE_SIZE);
        all.add((page - 1) * PAGE_SIZE);
        return all;
    }

    private static void conditions(Filter f, Instant now, StringBuilder sql, List<Object> params) {
        if (f.risk() != null) {
            if (f.risk().equals("NONE")) {
                sql.append(" and g.risk_level is null");
            } else {
                sql.append(" and g.risk_level = ?");
                params.add(f.risk());
            }
        }
        if (f.cohort() != null) {
            switch (f.cohort()) {
                case HOME -> sql.append(" and p.id is null");
                case IN_AREA -> sql.append(" and p.id is not null and p.host_authority_id = p.placing_authority_id");
                case OUT_OF_AREA -> {
                    sql.append(" and p.id is not null and p.host_authority_id <> p.placing_authority_id");
                    if (f.localAuthority() != null) {
                        sql.append(" and p.placing_authority_id = ?");
                        params.add(f.localAuthority());
                    }
                }
                case PLACED_IN -> {
                    sql.append(" and p.id is not null and p.host_authority_id <> p.placing_authority_id and p.host_authority_id = ?");
                    params.add(f.localAuthority());
                }
            }
        }
        if (f.longOnly()) {
            sql.append(" and e.last_seen_at <= ?");
            params.add(Timestamp.from(now.minus(Episode.LONG)));
        }
        if (f.authorityId() != null) {
            sql.append(" and (c.responsible_authority_id = ? or e.police_force_id = ? or p.host_authority_id = ?)");
            params.add(f.authorityId());
            params.add(f.authorityId());
            params.add(f.authorityId());
        }
    }

    /** Ties broken by id, so that pages never repeat or skip an episode. */
    private static String order(Filter f) {
        return switch (f.sort() == null ? Sort.RISK : f.sort()) {
            case RISK -> " order by case g.risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2"
                    + " when 'VERY_LOW' then 3 when 'NO_APPARENT_RISK' then 4 else 5 end, e.last_seen_at, e.id";
            case LONGEST -> " order by e.last_seen_at, e.id";
            case NEWEST -> " order by e.last_seen_at desc, e.id";
        };
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
