package org.homeward.child.internal.philomena;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.Pagination;
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

    record Page(List<Row> rows, long total, int page, int pages) {
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

    /** One page, longest without a profile first, among the children the person is involved with. */
    Page without(LocalDate today, int days, InvolvedWith involved, int page, int size) {
        String sql = MISSING.formatted(involved.namedSql("c.id"));
        Map<String, Object> params = involved.namedParams();
        String[] types = COVERED.toArray(String[]::new);
        LocalDate before = today.minusDays(days);
        long total = jdbc.sql(sql + "select count(*) from covered where in_care_since < :before")
                .param("today", today).param("types", types).param("before", before).params(params)
                .query(Long.class).single();
        int pages = Pagination.pages(total, size);
        int shown = Math.min(page, pages);
        List<Row> rows = jdbc.sql(sql + """
                select child_id, child_name, type, provider_name, in_care_since from covered
                 where in_care_since < :before
                 order by in_care_since, child_name, child_id limit :size offset :offset""")
                .param("today", today).param("types", types).param("before", before).params(params)
                .param("size", size).param("offset", (shown - 1) * size)
                .query(Row.class).list();
        return new Page(rows, total, shown, pages);
    }
}
