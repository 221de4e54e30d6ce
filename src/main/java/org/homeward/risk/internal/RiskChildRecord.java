package org.homeward.risk.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk module's part of a child's record: risk and exploitation screenings and the standing risk of going
 * missing assessments, as made. Screenings refuse deletion except in the transaction of an approved disposal.
 */
@Component
@Order(50)
class RiskChildRecord extends ChildRecordTables {

    RiskChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.rows("Council missing risk screenings", "risk_screening", "screened_at, id"),
                SubjectAccessQuery.of("Risk screening answers", "risk_screening_answer", """
                        select a.screening_id, f.section, f.label as factor, a.factor_code, a.answer, a.evidence
                          from risk_screening_answer a join risk_screening s on s.id = a.screening_id
                          join risk_instrument_factor f on f.version_id = a.version_id and f.code = a.factor_code
                         where s.child_id = :c order by s.screened_at, a.screening_id, f.sort_order"""),
                SubjectAccessQuery.rows("Exploitation screenings", "exploitation_screening",
                        "assessed_on, recorded_at, id"),
                SubjectAccessQuery.of("Exploitation screening answers", "exploitation_answer", """
                        select a.* from exploitation_answer a join exploitation_screening s on s.id = a.screening_id
                         where s.child_id = :c order by s.assessed_on, s.recorded_at, a.screening_id, a.sort_order"""),
                SubjectAccessQuery.rows("Exploitation screenings asked for", "exploitation_task", "raised_at, id"),
                SubjectAccessQuery.rows("Risk of going missing assessments", "standing_assessment",
                        "assessed_on, recorded_at, id"));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from risk_screening_answer where screening_id in (select id from risk_screening where child_id = :c)",
                "delete from risk_screening where child_id = :c",
                "delete from exploitation_task where child_id = :c",
                "delete from exploitation_answer where screening_id in (select id from exploitation_screening where child_id = :c)",
                "delete from exploitation_screening where child_id = :c",
                "delete from standing_assessment where child_id = :c");
    }
}
