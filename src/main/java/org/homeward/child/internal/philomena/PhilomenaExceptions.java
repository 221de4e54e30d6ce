package org.homeward.child.internal.philomena;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Children in residential or foster care with no Philomena profile (part 1) after the allowed days in
 * care (DOMAIN.md CR-06, S55: every child in residential or foster care has one).
 */
@Repository
class PhilomenaExceptions {

    /** Residential and foster placements: the care the Philomena Protocol covers. */
    static final Set<String> COVERED = Set.of("CHILDRENS_HOME", "FOSTER_LA", "FOSTER_AGENCY", "SECURE",
            "RESIDENTIAL_SCHOOL");

    record Row(UUID childId, String childName, String type, String providerName, LocalDate inCareSince) {
    }

    record Page(List<Row> rows, Keyset.Page<Row> links, long total) {
    }

    /*
     * Days are counted from the child's first residential or foster placement, not the latest: a
     * child moved between homes without a profile has been without one since they first came.
     */
    private static final String MISSING = """
            with covered as (
                select c.id as child_id, c.given_names || ' ' || c.family_name as child_name,
                       coalesce(v.label, p.placement_type) as type, p.provider_name,
                       (select min(e.start_date) from placement e
                         where e.child_id = c.id and e.placement_type = any(:types)) as in_care_since
                  from child c
                  join placement p on p.child_id = c.id and p.start_date <= :today
                                  and (p.end_date is null or p.end_date >= :today)
                                  and p.placement_type = any(:types)
                  left join (select distinct on (code) code, label from vocabulary_term
                              where vocabulary = 'placement-type' order by code, effective_from desc) v
                         on v.code = p.placement_type
                 where not exists (select 1 from philomena_profile f where f.child_id = c.id)
                   and %s)
            """;

    private final JdbcClient jdbc;

    PhilomenaExceptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page at {@code keyset}'s position, longest without a profile first (ties broken by the child's id),
     * among the children the person is involved with.
     */
    Page without(LocalDate today, int days, InvolvedWith involved, Keyset keyset) {
        String sql = MISSING.formatted(involved.namedSql("c.id"));
        Map<String, Object> params = involved.namedParams();
        String[] types = COVERED.toArray(String[]::new);
        LocalDate before = today.minusDays(days);
        long total = jdbc.sql(sql + "select count(*) from covered where in_care_since < :before")
                .param("today", today).param("types", types).param("before", before).params(params)
                .query(Long.class).single();
        String page = sql + "select child_id, child_name, type, provider_name, in_care_since from covered"
                + " where in_care_since < :before" + keyset.condition("in_care_since", "child_id", false)
                + keyset.orderBy("in_care_since", "child_id", false) + keyset.limit();
        Keyset.Page<Row> links = keyset.page(keyset.bind(jdbc.sql(page)).param("today", today).param("types", types)
                .param("before", before).params(params).query(Row.class).list(),
                r -> new Keyset.Position(r.inCareSince(), r.childId()));
        if (links.isEmpty() && !keyset.first()) {
            return without(today, days, involved, Keyset.of(null, null, keyset.size()));
        }
        return new Page(links.rows(), links, total);
    }
}
