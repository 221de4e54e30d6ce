package org.homeward.caseaudit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case-file audit tables: templates, audits, their sampled cases, parts, grades and findings. */
@Repository
class CaseAudits {

    /** The module named as the source of the tasks an audit opens: concerns and recommended actions. */
    static final String MODULE = "caseaudit";

    public record Template(UUID id, String code, int version, String name, String description, List<String> gradeScale) {
    }

    public record Line(UUID id, int position, String heading, String evidence) {
    }

    public record Audit(UUID id, String theme, String objective, UUID templateId, String templateName, int templateVersion,
                 UUID councilId, String councilName, LocalDate periodFrom, LocalDate periodTo, LocalDate startsOn,
                 LocalDate endsOn, UUID leadId, String leadName, String sampleDescription, Instant sampledAt,
                 Instant reportedAt, Instant createdAt) {

        /** Open on this London day: started, not ended and its report not yet issued. */
        public boolean runsOn(LocalDate day) {
            return reportedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }

        /** Auditors may open the sampled records from the start of the audit's first day... */
        Instant accessOpens() {
            return startsOn.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        }

        /** ...to the end of its last. */
        Instant accessCloses() {
            return endsOn.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
        }

        /** An audit's cases are sampled once: its parts, access and practitioners' notices rest on them. */
        void refuseSample() {
            if (sampledAt != null) {
                throw new Refused("sampled", "The cases for this audit have already been sampled");
            }
        }
    }

    public record SampledCase(UUID id, UUID auditId, UUID childId, String childName, int position, String stratum,
                       UUID practitionerId, String consolidation, Instant consolidatedAt) {

        /** Audited against the child it concerns. */
        AuditTrail.Subject subject() {
            return new AuditTrail.Subject("case_audit_case", id, childId);
        }
    }

    public record Part(UUID id, UUID caseId, UUID auditId, UUID childId, UUID agencyId, String agencyName,
                String agencyKind, UUID auditorId,
                String auditorName, UUID moderatorId, String moderatorName, String status,
                String practitionerConversation, String familyFeedback, Instant submittedAt, Instant moderatedAt) {

        /** Audited against the child it concerns. */
        AuditTrail.Subject subject() {
            return new AuditTrail.Subject("case_audit_part", id, childId);
        }

        /** With its auditor: a draft that nobody else sees, the practitioner included. */
        boolean beingAudited() {
            return "ALLOCATED".equals(status);
        }

        boolean awaitingModeration() {
            return "SUBMITTED".equals(status);
        }

        /** The moderator disagreed with a grade: the lead settles it. */
        boolean awaitingResolution() {
            return "MODERATED".equals(status);
        }

        /** Every grade stands: agreed, resolved, or with no moderator. */
        boolean complete() {
            return "RESOLVED".equals(status);
        }

        /** Submitted, a part goes to its moderator; with none, the auditor's grades stand. */
        String statusWhenSubmitted() {
            return moderatorId == null ? "RESOLVED" : "SUBMITTED";
        }

        /** Moderated, a part stands unless the moderator disagreed with a grade: then the lead resolves it. */
        static String statusWhenModerated(boolean disagreed) {
            return disagreed ? "MODERATED" : "RESOLVED";
        }

        public String statusLabel() {
            return switch (status) {
                case "ALLOCATED" -> "Being audited";
                case "SUBMITTED" -> "Submitted for moderation";
                case "MODERATED" -> "Moderated: disagreement to resolve";
                default -> "Complete";
            };
        }
    }

    public record Grade(UUID lineId, String grade, String note, String moderation, String moderationReason,
                 String resolvedGrade, String resolution) {

        /** The grade that stands: the one agreed when moderation disagreed, else the auditor's. */
        public String finalGrade() {
            return resolvedGrade != null ? resolvedGrade : grade;
        }
    }

    public record Finding(UUID id, String kind, String text, UUID ownerId, String ownerName, LocalDate dueOn,
                   Instant createdAt) {
    }

    public record Context(String authorName, String text, Instant addedAt) {
    }

    public record Concern(String description, String raisedByName, Instant raisedAt) {
    }

    private static final String AUDIT = """
            select a.id, a.theme, a.objective, a.template_id, t.name as template_name, t.version as template_version,
                   a.council_id, ag.name as council_name, a.period_from, a.period_to, a.starts_on, a.ends_on,
                   a.lead_id, u.display_name as lead_name, a.sample_description, a.sampled_at, a.reported_at,
                   a.created_at
              from case_audit a join case_audit_template t on t.id = a.template_id
              join agency ag on ag.id = a.council_id join user_account u on u.id = a.lead_id""";

    private static final String PART = """
            select p.id, p.case_id, p.audit_id, p.child_id, p.agency_id, ag.name as agency_name, ag.kind as agency_kind,
                   p.auditor_id,
                   au.display_name as auditor_name, p.moderator_id, mo.display_name as moderator_name, p.status,
                   p.practitioner_conversation, p.family_feedback, p.submitted_at, p.moderated_at
              from case_audit_part p join agency ag on ag.id = p.agency_id
              join user_account au on au.id = p.auditor_id left join user_account mo on mo.id = p.moderator_id""";

    private final JdbcClient jdbc;

    CaseAudits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Templates

    /** The latest version of each template. */
    List<Template> currentTemplates() {
        return jdbc.sql("""
                select distinct on (code) id, code, version, name, description, grade_scale
                  from case_audit_template order by code, version desc""").query(CaseAudits::template).list();
    }

    Optional<Template> template(UUID id) {
        return jdbc.sql("select id, code, version, name, description, grade_scale from case_audit_template where id = :id")
                .param("id", id).query(CaseAudits::template).optional();
    }

    List<Line> lines(UUID templateId) {
        return jdbc.sql("select id, position, heading, evidence from case_audit_line where template_id = :t order by position")
                .param("t", templateId).query(Line.class).list();
    }

    UUID addTemplateVersion(Template previous, String name, String description, List<String> scale,
                            List<Line> lines, Instant now, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_audit_template (id, code, version, name, description, grade_scale, created_at, created_by)
                values (:id, :code, (select max(version) + 1 from case_audit_template where code = :code), :name,
                        :description, :scale, :now, :by)""")
                .param("id", id).param("code", previous.code()).param("name", name).param("description", description)
                .param("scale", scale.toArray(String[]::new)).param("now", Timestamp.from(now)).param("by", by).update();
        for (Line line : lines) {
            jdbc.sql("""
                    insert into case_audit_line (id, template_id, position, heading, evidence)
                    values (:id, :t, :position, :heading, :evidence)""")
                    .param("id", UUID.randomUUID()).param("t", id).param("position", line.position())
                    .param("heading", line.heading()).param("evidence", line.evidence()).update();
        }
        return id;
    }

    // Audits

    UUID addAudit(String theme, String objective, UUID templateId, UUID councilId, LocalDate periodFrom,
                  LocalDate periodTo, LocalDate startsOn, LocalDate endsOn, UUID leadId, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_audit (id, theme, objective, template_id, council_id, period_from, period_to,
                                        starts_on, ends_on, lead_id, created_at, created_by)
                values (:id, :theme, :objective, :template, :council, :from, :to, :starts, :ends, :lead, :now, :lead)""")
                .param("id", id).param("theme", theme).param("objective", objective).param("template", templateId)
                .param("council", councilId).param("from", periodFrom).param("to", periodTo).param("starts", startsOn)
                .param("ends", endsOn).param("lead", leadId).param("now", Timestamp.from(now)).update();
        return id;
    }

    Optional<Audit> audit(UUID id) {
        return jdbc.sql(AUDIT + " where a.id = :id").param("id", id).query(Audit.class).optional();
    }

    /** A page of the programme, newest first. */
    Keyset.Page<Audit> audits(Keyset keyset) {
        String sql = AUDIT + " where true" + keyset.condition("a.created_at", "a.id", true)
                + keyset.orderBy("a.created_at", "a.id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).query(Audit.class).list(), Audit::createdAt, Audit::id);
    }

    void sampled(UUID auditId, String description, Instant now) {
        jdbc.sql("update case_audit set sample_description = :d, sampled_at = :now where id = :id")
                .param("d", description).param("now", Timestamp.from(now)).param("id", auditId).update();
    }

    /** The report is issued: the audit ends, and with it its auditors' access to the sampled records. */
    void reported(UUID auditId, Instant now, UUID by) {
        jdbc.sql("update case_audit set reported_at = :now, reported_by = :by where id = :id and reported_at is null")
                .param("now", Timestamp.from(now)).param("by", by).param("id", auditId).update();
        jdbc.sql("update case_audit_access set closes_at = :now where audit_id = :id and closes_at > :now")
                .param("now", Timestamp.from(now)).param("id", auditId).update();
    }

    // Cases

    void addCase(UUID auditId, UUID childId, int position, String stratum, UUID practitionerId) {
        jdbc.sql("""
                insert into case_audit_case (id, audit_id, child_id, position, stratum, practitioner_id)
                values (:id, :audit, :child, :position, :stratum, :practitioner)""")
                .param("id", UUID.randomUUID()).param("audit", auditId).param("child", childId)
                .param("position", position).param("stratum", stratum).param("practitioner", practitionerId).update();
    }

    private static final String CASE = """
            select k.id, k.audit_id, k.child_id, c.given_names || ' ' || c.family_name as child_name, k.position,
                   k.stratum, k.practitioner_id, k.consolidation, k.consolidated_at
              from case_audit_case k join child c on c.id = k.child_id""";

    List<SampledCase> cases(UUID auditId) {
        return jdbc.sql(CASE + " where k.audit_id = :audit order by k.position").param("audit", auditId)
                .query(SampledCase.class).list();
    }

    Optional<SampledCase> sampledCase(UUID id) {
        return jdbc.sql(CASE + " where k.id = :id").param("id", id).query(SampledCase.class).optional();
    }

    /** An auditor of an agency, who may be given that agency's part of a case. */
    public record Auditor(UUID id, String name, UUID agencyId) {
    }

    List<Auditor> auditors() {
        return jdbc.sql("""
                select distinct u.id, u.display_name as name, u.agency_id from user_account u
                  join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'AUDITOR' and u.agency_id is not null order by u.display_name, u.id""")
                .query(Auditor.class).list();
    }

    /**
     * The agencies that worked with the child in the period, each of which has its part of the case: the
     * council, the police forces the episodes were reported to, the interview providers referred to, the
     * care providers the child was placed with, and whoever shared information about the child (health,
     * education). Read from their tables by the child's indexes.
     */
    List<UUID> agenciesOf(UUID childId, UUID councilId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct agency_id from (
                    select cast(:council as uuid) as agency_id
                    union all
                    select e.police_force_id from episode e
                     where e.child_id = :c and e.last_seen_at >= :start and e.last_seen_at < :end
                    union all
                    select o.provider_agency_id from rhi_offer o
                     where o.child_id = :c and o.returned_at >= :start and o.returned_at < :end
                    union all
                    select p.provider_agency_id from placement p
                     where p.child_id = :c and p.start_date <= :to and (p.end_date is null or p.end_date >= :from)
                    union all
                    select s.from_agency_id from information_share s
                     where s.child_id = :c and s.shared_at >= :start and s.shared_at < :end) a
                 where agency_id is not null order by agency_id""")
                .param("c", childId).param("council", councilId).param("from", from).param("to", to)
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(UUID.class).list();
    }

    void consolidate(UUID caseId, String text, Instant now, UUID by) {
        jdbc.sql("update case_audit_case set consolidation = :text, consolidated_at = :now, consolidated_by = :by where id = :id")
                .param("text", text).param("now", Timestamp.from(now)).param("by", by).param("id", caseId).update();
    }

    /** The cases whose practitioner is this person, in audits still running or reported: their findings. */
    List<SampledCase> casesOfPractitioner(UUID userId) {
        return jdbc.sql(CASE + " where k.practitioner_id = :user order by k.audit_id, k.position limit 100")
                .param("user", userId).query(SampledCase.class).list();
    }

    // Access while the audit runs

    void grantAccess(UUID auditId, UUID childId, UUID userId, Instant opens, Instant closes) {
        jdbc.sql("""
                insert into case_audit_access (id, audit_id, child_id, user_id, opens_at, closes_at)
                values (:id, :audit, :child, :user, :opens, :closes) on conflict (audit_id, child_id, user_id) do nothing""")
                .param("id", UUID.randomUUID()).param("audit", auditId).param("child", childId).param("user", userId)
                .param("opens", Timestamp.from(opens)).param("closes", Timestamp.from(closes)).update();
    }

    // Parts

    UUID addPart(UUID caseId, UUID auditId, UUID childId, UUID agencyId, UUID auditorId, UUID moderatorId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_audit_part (id, case_id, audit_id, child_id, agency_id, auditor_id, moderator_id)
                values (:id, :case, :audit, :child, :agency, :auditor, :moderator)""")
                .param("id", id).param("case", caseId).param("audit", auditId).param("child", childId)
                .param("agency", agencyId).param("auditor", auditorId).param("moderator", moderatorId).update();
        return id;
    }

    boolean partExists(UUID caseId, UUID agencyId) {
        return jdbc.sql("select exists (select 1 from case_audit_part where case_id = :case and agency_id = :agency)")
                .param("case", caseId).param("agency", agencyId).query(Boolean.class).single();
    }

    Optional<Part> part(UUID id) {
        return jdbc.sql(PART + " where p.id = :id").param("id", id).query(Part.class).optional();
    }

    List<Part> parts(UUID caseId) {
        return jdbc.sql(PART + " where p.case_id = :case order by ag.name").param("case", caseId).query(Part.class).list();
    }

    List<Part> partsOfAudit(UUID auditId) {
        return jdbc.sql(PART + " where p.audit_id = :audit order by p.case_id, ag.name").param("audit", auditId)
                .query(Part.class).list();
    }

    /** The parts this person audits or moderates, in audits not yet reported. */
    List<Part> partsFor(UUID userId) {
        return jdbc.sql(PART + " " + """
                 join case_audit a on a.id = p.audit_id
                 where (p.auditor_id = :user or p.moderator_id = :user) and a.reported_at is null
                 order by a.ends_on, p.id limit 100""").param("user", userId).query(Part.class).list();
    }

    List<Grade> grades(UUID partId) {
        return jdbc.sql("""
                select line_id, grade, note, moderation, moderation_reason, resolved_grade, resolution
                  from case_audit_grade where part_id = :part""").param("part", partId).query(Grade.class).list();
    }

    void saveAnswers(UUID partId, String conversation, String feedback) {
        jdbc.sql("update case_audit_part set practitioner_conversation = :c, family_feedback = :f where id = :id")
                .param("c", conversation).param("f", feedback).param("id", partId).update();
    }

    void saveGrade(UUID partId, UUID lineId, String grade, String note) {
        jdbc.sql("""
                insert into case_audit_grade (part_id, line_id, grade, note) values (:part, :line, :grade, :note)
                on conflict (part_id, line_id) do update set grade = excluded.grade, note = excluded.note""")
                .param("part", partId).param("line", lineId).param("grade", grade).param("note", note).update();
    }

    void moderate(UUID partId, UUID lineId, String moderation, String reason) {
        jdbc.sql("""
                update case_audit_grade set moderation = :m, moderation_reason = :r
                 where part_id = :part and line_id = :line""")
                .param("m", moderation).param("r", reason).param("part", partId).param("line", lineId).update();
    }

    void resolve(UUID partId, UUID lineId, String grade, String resolution) {
        jdbc.sql("""
                update case_audit_grade set resolved_grade = :g, resolution = :r
                 where part_id = :part and line_id = :line""")
                .param("g", grade).param("r", resolution).param("part", partId).param("line", lineId).update();
    }

    void status(UUID partId, String status, String timeColumn, Instant now) {
        jdbc.sql("update case_audit_part set status = :status, " + timeColumn + " = :now where id = :id")
                .param("status", status).param("now", Timestamp.from(now)).param("id", partId).update();
    }

    // Context, concerns, findings

    void addContext(UUID caseId, UUID childId, UUID authorId, String text, Instant now) {
        jdbc.sql("""
                insert into case_audit_context (id, case_id, child_id, author_id, text, added_at)
                values (:id, :case, :child, :author, :text, :now)""")
                .param("id", UUID.randomUUID()).param("case", caseId).param("child", childId).param("author", authorId)
                .param("text", text).param("now", Timestamp.from(now)).update();
    }

    List<Context> context(UUID caseId) {
        return jdbc.sql("""
                select u.display_name as author_name, x.text, x.added_at from case_audit_context x
                  join user_account u on u.id = x.author_id where x.case_id = :case order by x.added_at""")
                .param("case", caseId).query(Context.class).list();
    }

    UUID addConcern(UUID partId, UUID childId, String description, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_audit_concern (id, part_id, child_id, description, raised_by, raised_at)
                values (:id, :part, :child, :description, :by, :now)""")
                .param("id", id).param("part", partId).param("child", childId).param("description", description)
                .param("by", by).param("now", Timestamp.from(now)).update();
        return id;
    }

    List<Concern> concerns(UUID partId) {
        return jdbc.sql("""
                select x.description, u.display_name as raised_by_name, x.raised_at from case_audit_concern x
                  join user_account u on u.id = x.raised_by where x.part_id = :part order by x.raised_at""")
                .param("part", partId).query(Concern.class).list();
    }

    UUID addFinding(UUID auditId, String kind, String text, UUID ownerId, LocalDate dueOn, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_audit_finding (id, audit_id, kind, text, owner_id, due_on, created_at, created_by)
                values (:id, :audit, :kind, :text, :owner, :due, :now, :by)""")
                .param("id", id).param("audit", auditId).param("kind", kind).param("text", text).param("owner", ownerId)
                .param("due", dueOn).param("now", Timestamp.from(now)).param("by", by).update();
        return id;
    }

    List<Finding> findings(UUID auditId) {
        return jdbc.sql("""
                select f.id, f.kind, f.text, f.owner_id, u.display_name as owner_name, f.due_on, f.created_at
                  from case_audit_finding f left join user_account u on u.id = f.owner_id
                 where f.audit_id = :audit order by f.created_at, f.id""").param("audit", auditId)
                .query(Finding.class).list();
    }

    /** An audit's actions: those still open on the deadline engine and those of them overdue. */
    public record ActionCounts(long open, long overdue) {
    }

    ActionCounts actionCounts(UUID auditId, Instant now) {
        return jdbc.sql("""
                select count(*) filter (where t.status = 'OPEN') as open,
                       count(*) filter (where t.status = 'OPEN' and t.due_at < :now) as overdue
                  from case_audit_finding f
                  join task t on t.kind = 'CASE_AUDIT_ACTION' and t.source_module = 'caseaudit' and t.source_id = f.id::text
                 where f.audit_id = :audit""").param("audit", auditId).param("now", Timestamp.from(now))
                .query(ActionCounts.class).single();
    }

    /** The final grades given in the audit, per line of enquiry and grade. */
    public record GradeCount(UUID lineId, String grade, long parts) {
    }

    List<GradeCount> gradeCounts(UUID auditId) {
        return jdbc.sql("""
                select g.line_id, coalesce(g.resolved_grade, g.grade) as grade, count(*) as parts
                  from case_audit_grade g join case_audit_part p on p.id = g.part_id
                 where p.audit_id = :audit and p.status <> 'ALLOCATED' and coalesce(g.resolved_grade, g.grade) is not null
                 group by g.line_id, coalesce(g.resolved_grade, g.grade)""").param("audit", auditId)
                .query(GradeCount.class).list();
    }

    private static Template template(ResultSet rs, int n) throws SQLException {
        Array scale = rs.getArray("grade_scale");
        return new Template(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), rs.getString("description"), Arrays.asList((String[]) scale.getArray()));
    }
}
