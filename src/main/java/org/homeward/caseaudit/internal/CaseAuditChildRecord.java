package org.homeward.caseaudit.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case-file audits' part of a child's subject access export, and their erasure with the child's record.
 * Grades and notes judge the practitioners' work as much as the child's care: marked for the reviewer.
 */
@Component
@Order(15)
class CaseAuditChildRecord extends ChildRecordTables {

    private static final String PRACTICE =
            "An audit judges the practitioners' work with the child; their names and grades are about them too.";

    CaseAuditChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.of("Case-file audits that sampled the child", "case_audit_case", """
                        select k.id, a.theme, k.position, k.stratum, k.practitioner_id, k.consolidation, k.consolidated_at
                          from case_audit_case k join case_audit a on a.id = k.audit_id
                         where k.child_id = :c order by a.created_at, k.id""").thirdParty(PRACTICE),
                SubjectAccessQuery.of("Agencies' parts of the audits", "case_audit_part", """
                        select id, case_id, agency_id, auditor_id, moderator_id, status, practitioner_conversation,
                               family_feedback, submitted_at, moderated_at, resolved_at
                          from case_audit_part where child_id = :c order by case_id, id""").thirdParty(PRACTICE),
                SubjectAccessQuery.of("Grades by line of enquiry", "case_audit_grade", """
                        select g.part_id, l.heading, g.grade, g.note, g.moderation, g.moderation_reason,
                               g.resolved_grade, g.resolution
                          from case_audit_grade g join case_audit_part p on p.id = g.part_id
                          join case_audit_line l on l.id = g.line_id
                         where p.child_id = :c order by g.part_id, l.position""").thirdParty(PRACTICE),
                SubjectAccessQuery.of("Practitioners' context for the audits", "case_audit_context", """
                        select case_id, author_id, text, added_at from case_audit_context
                         where child_id = :c order by added_at, id"""),
                SubjectAccessQuery.of("Safeguarding concerns found by the audits", "case_audit_concern", """
                        select part_id, description, raised_by, raised_at from case_audit_concern
                         where child_id = :c order by raised_at, id"""),
                SubjectAccessQuery.of("Auditors given the record while an audit ran", "case_audit_access", """
                        select audit_id, user_id, opens_at, closes_at from case_audit_access
                         where child_id = :c order by opens_at, id"""));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from case_audit_grade where part_id in (select id from case_audit_part where child_id = :c)",
                "delete from case_audit_concern where child_id = :c",
                "delete from case_audit_part where child_id = :c",
                "delete from case_audit_context where child_id = :c",
                "delete from case_audit_access where child_id = :c",
                "delete from case_audit_case where child_id = :c");
    }
}
