package org.homeward.risk.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes standing assessments, and finds the looked-after children without a current one. */
@Repository
class StandingAssessments {

    private static final String SELECT = """
            select id, child_id, placement_id, assessed_on, risk_level, area_risk, area_notes, triggers, plan,
                   child_views, review_due, recorded_by_name, recorded_at
              from standing_assessment""";

    /** Why a looked-after child's assessment is not current. */
    enum Gap {
        NONE("No assessment"), OVERDUE("Review overdue"), PLACEMENT_CHANGED("Placement changed since");

        final String label;

        Gap(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row of the exceptions list: the child, their current placement's start and the latest assessment. */
    record ExceptionRow(UUID childId, String childName, String providerName, LocalDate placedOn, LocalDate assessedOn,
                     LocalDate reviewDue, String gapCode, LocalDate since) {

        public Gap gap() {
            return Gap.valueOf(gapCode);
        }
    }

    record Page(List<ExceptionRow> rows, Keyset.Page<ExceptionRow> links, long total) {
    }

    /*
     * Looked-after children, their latest placement start (entering care or the last change) and their
     * latest assessment; a child is listed when that assessment is missing, past its review date or
     * older than the placement.
     */
    private static final String GAPS = """
            with lac as (
                select c.id as child_id, c.given_names || ' ' || c.family_name as child_name,
                       p.provider_name, p.start_date as placed_on, a.assessed_on, a.review_due,
                       case when a.id is null then 'NONE'
                            when p.id is not null and (a.assessed_on < p.start_date
                                 or (a.placement_id is distinct from p.id and a.recorded_at < p.created_at))
                                 then 'PLACEMENT_CHANGED'
                            else 'OVERDUE' end as gap_code
                  from child c
                  left join lateral (select id, provider_name, start_date, created_at from placement
                                      where child_id = c.id and start_date <= :today
                                      order by start_date desc, created_at desc limit 1) p on true
                  left join lateral (select id, placement_id, assessed_on, review_due, recorded_at from standing_assessment
                                      where child_id = c.id order by assessed_on desc, recorded_at desc limit 1) a on true
                 where c.legal_status like 'LAC\\_%%'
                   and (a.id is null or a.review_due < :today or (p.id is not null and (a.assessed_on < p.start_date
                        or (a.placement_id is distinct from p.id and a.recorded_at < p.created_at))))
                   and %s)
            """;

    private final JdbcClient jdbc;

    StandingAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StandingAssessment a, UUID recordedBy) {
        jdbc.sql("""
                insert into standing_assessment (id, child_id, placement_id, assessed_on, risk_level, area_risk,
                       area_notes, triggers, plan, child_views, review_due, recorded_by, recorded_by_name, recorded_at)
                values (:id, :child, :placement, :on, :level, :area, :areaNotes, :triggers, :plan, :views, :review,
                        :by, :byName, :at)""")
                .param("id", a.id()).param("child", a.childId()).param("placement", a.placementId())
                .param("on", a.assessedOn()).param("level", a.riskLevel()).param("area", a.areaRisk())
                .param("areaNotes", a.areaNotes()).param("triggers", a.triggers()).param("plan", a.plan())
                .param("views", a.childViews()).param("review", a.reviewDue()).param("by", recordedBy)
                .param("byName", a.recordedByName()).param("at", Timestamp.from(a.recordedAt()))
                .update();
    }

    Optional<StandingAssessment> latest(UUID childId) {
        return jdbc.sql(SELECT + " where child_id = :c order by assessed_on desc, recorded_at desc limit 1")
                .param("c", childId).query(StandingAssessment.class).optional();
    }

    /** Every assessment of the child, latest first. */
    List<StandingAssessment> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where child_id = :c order by assessed_on desc, recorded_at desc")
                .param("c", childId).query(StandingAssessment.class).list();
    }

    /** The child's latest placement begun by {@code today}: entering care, or the last change. */
    Optional<StandingAssessment.PlacementRef> latestPlacement(UUID childId, LocalDate today) {
        return jdbc.sql("""
                select id, start_date, created_at from placement where child_id = :c and start_date <= :today
                 order by start_date desc, created_at desc limit 1""")
                .param("c", childId).param("today", today).query(StandingAssessment.PlacementRef.class).optional();
    }

    /**
     * One page of looked-after children without a current assessment, among those the manager is
     * involved with: the longest without one first (overdue since the review date, otherwise since the
     * placement began; never placed, first of all), ties broken by the child's id.
     */
    Page exceptions(LocalDate today, InvolvedWith involved, Keyset keyset) {
        String gaps = GAPS.formatted(involved.namedSql("c.id")) + """
                , listed as (select lac.*, coalesce(case gap_code when 'OVERDUE' then review_due else placed_on end,
                                                    date '1900-01-01') as since from lac)
                """;
        Map<String, Object> params = involved.namedParams();
        long total = jdbc.sql(gaps + "select count(*) from listed").param("today", today).params(params)
                .query(Long.class).single();
        String sql = gaps + "select child_id, child_name, provider_name, placed_on, assessed_on, review_due, gap_code,"
                + " since from listed where true" + keyset.condition("since", "child_id", false)
                + keyset.orderBy("since", "child_id", false) + keyset.limit();
        Keyset.Page<ExceptionRow> links = keyset.page(keyset.bind(jdbc.sql(sql)).param("today", today).params(params)
                .query(ExceptionRow.class).list(), r -> new Keyset.Position(r.since(), r.childId()));
        if (links.isEmpty() && !keyset.first()) {
            return exceptions(today, involved, Keyset.of(null, null, keyset.size()));
        }
        return new Page(links.rows(), links, total);
    }
}
