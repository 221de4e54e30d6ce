package org.homeward.insight.internal.why;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The "Why children go missing" board reports (DOMAIN.md SR-05): drafts an analyst writes, and issued reports
 * whose figures and PDF are frozen. A draft changes only from the version its editor read; an issued report never
 * changes.
 */
@Component
class WhyReports {

    static final String DRAFT = "DRAFT";
    static final String ISSUED = "ISSUED";

    /** A report with its narrative. */
    record Report(UUID id, LocalDate fromDay, LocalDate toDay, UUID authorityId, String scopeName, String summary,
                  String childrenTellUs, String meansForPartnership, String recommendations, String status,
                  Instant createdAt, String createdByName, Instant updatedAt, String updatedByName, Instant issuedAt,
                  String issuedByName, long version) {

        public boolean issued() {
            return ISSUED.equals(status);
        }
    }

    /** One report in the list. */
    record Listed(UUID id, LocalDate fromDay, LocalDate toDay, String scopeName, String status, Instant createdAt,
                  Instant issuedAt, String issuedByName) {

        public boolean issued() {
            return ISSUED.equals(status);
        }
    }

    /** The four sections the analyst writes, in the report's order. */
    record Narrative(String summary, String childrenTellUs, String meansForPartnership, String recommendations) {
    }

    private static final String SELECT = """
            select r.id, r.from_day, r.to_day, r.authority_id, r.scope_name, r.summary, r.children_tell_us,
                   r.means_for_partnership, r.recommendations, r.status, r.created_at, c.display_name as created_by_name,
                   r.updated_at, u.display_name as updated_by_name, r.issued_at, r.issued_by_name, r.version
              from insight_why_report r join user_account c on c.id = r.created_by join user_account u on u.id = r.updated_by""";

    private final JdbcClient jdbc;
    private final Clock clock;

    WhyReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID create(LocalDate from, LocalDate to, UUID authorityId, String scopeName, CurrentUser by) {
        UUID id = UUID.randomUUID();
        Timestamp now = now();
        jdbc.sql("""
                insert into insight_why_report (id, from_day, to_day, authority_id, scope_name, status, created_by,
                                                created_at, updated_by, updated_at)
                values (:id, :from, :to, :authority, :scope, 'DRAFT', :by, :now, :by, :now)""")
                .param("id", id).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("authority", authorityId).param("scope", scopeName).param("by", by.id()).param("now", now)
                .update();
        return id;
    }

    Optional<Report> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Report.class).optional();
    }

    /** Newest first; drafts only when {@code withDrafts}. */
    Keyset.Page<Listed> list(boolean withDrafts, Keyset keyset) {
        String sql = """
                select id, from_day, to_day, scope_name, status, created_at, issued_at, issued_by_name
                  from insight_why_report where (status = 'ISSUED' or :drafts)"""
                + keyset.condition("created_at", "id", true) + keyset.orderBy("created_at", "id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("drafts", withDrafts).query(Listed.class).list(),
                Listed::createdAt, Listed::id);
    }

    /** @return false when the draft was changed (or issued) since {@code version} was read */
    boolean save(UUID id, long version, Narrative n, CurrentUser by) {
        return jdbc.sql("""
                update insight_why_report set summary = :summary, children_tell_us = :words,
                       means_for_partnership = :means, recommendations = :recommendations, updated_by = :by,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = 'DRAFT'""")
                .param("summary", n.summary()).param("words", n.childrenTellUs()).param("means", n.meansForPartnership())
                .param("recommendations", n.recommendations()).param("by", by.id()).param("now", now())
                .param("id", id).param("version", version).update() == 1;
    }

    /** Freezes the figures and the document; @return false when the draft changed since {@code version} was read */
    boolean issue(UUID id, long version, Instant at, String figures, byte[] pdf, CurrentUser by) {
        return jdbc.sql("""
                update insight_why_report set status = 'ISSUED', figures = cast(:figures as jsonb), pdf = :pdf,
                       issued_by = :by, issued_by_name = :name, issued_at = :at, updated_by = :by, updated_at = :at,
                       version = version + 1
                 where id = :id and version = :version and status = 'DRAFT'""")
                .param("figures", figures).param("pdf", pdf).param("by", by.id()).param("name", by.displayName())
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    /** The figures as frozen at issue (JSON), for an issued report. */
    Optional<String> figures(UUID id) {
        return jdbc.sql("select figures::text from insight_why_report where id = :id and status = 'ISSUED'")
                .param("id", id).query(String.class).optional();
    }

    /** The document as issued. */
    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from insight_why_report where id = :id and status = 'ISSUED'")
                .param("id", id).query(byte[].class).optional();
    }

    /** To the microsecond, as PostgreSQL keeps it, so that the document and its row say the same time. */
    Instant instant() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Timestamp now() {
        return Timestamp.from(instant());
    }

    static List<String> changed(Report before, Narrative after) {
        List<String> fields = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(before.summary(), after.summary())) {
            fields.add("summary");
        }
        if (!java.util.Objects.equals(before.childrenTellUs(), after.childrenTellUs())) {
            fields.add("children_tell_us");
        }
        if (!java.util.Objects.equals(before.meansForPartnership(), after.meansForPartnership())) {
            fields.add("means_for_partnership");
        }
        if (!java.util.Objects.equals(before.recommendations(), after.recommendations())) {
            fields.add("recommendations");
        }
        return fields;
    }
}
