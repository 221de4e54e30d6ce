package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    static final int LIMIT = 200;

    private static final String SELECT = """
            select e.id, e.child_id, c.given_names || ' ' || c.family_name as child_name, c.date_of_birth, e.category,
                   e.last_seen_at, e.located_at, g.risk_level, ra.name as authority,
                   coalesce(p.host_authority_id <> p.placing_authority_id, false) as out_of_area,
                   exists (select 1 from safe_and_well_check s where s.episode_id = e.id) as checked
              from episode e
              join child c on c.id = e.child_id
              left join agency ra on ra.id = c.responsible_authority_id
              left join placement p on p.id = e.placement_id
              left join lateral (select risk_level from episode_grading
                                  where episode_id = e.id order by graded_at desc limit 1) g on true
            """;

    private final JdbcClient jdbc;

    OpenEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> open(Filter f, Instant now) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where e.closed_at is null and e.located_at is null");
        List<Object> params = new ArrayList<>();
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
        sql.append(switch (f.sort() == null ? Sort.RISK : f.sort()) {
            case RISK -> " order by case g.risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2"
                    + " when 'VERY_LOW' then 3 when 'NO_APPARENT_RISK' then 4 else 5 end, e.last_seen_at";
            case LONGEST -> " order by e.last_seen_at";
            case NEWEST -> " order by e.last_seen_at desc";
        });
        sql.append(" limit ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list();
    }

    /** Children back within the last {@code window} whose safe-and-well check is not yet recorded. */
    List<Row> returnedAwaitingCheck(Instant now, Duration window) {
        return jdbc.sql(SELECT + """
                 where e.located_at >= ? and not exists (select 1 from safe_and_well_check s where s.episode_id = e.id)
                 order by e.located_at""")
                .params(List.of(Timestamp.from(now.minus(window))))
                .query(Row.class).list();
    }
}
