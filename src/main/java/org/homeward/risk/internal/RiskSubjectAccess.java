package org.homeward.risk.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk module's part of the subject access export: risk and exploitation screenings and the
 * standing risk of going missing assessments, as made.
 */
@Component
class RiskSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    RiskSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(
                SubjectAccessSection.read(jdbc, "Council missing risk screenings", "risk_screening",
                        "select * from risk_screening where child_id = :c order by screened_at, id", childId),
                SubjectAccessSection.read(jdbc, "Risk screening answers", "risk_screening_answer", """
                        select a.screening_id, f.section, f.label as factor, a.factor_code, a.answer, a.evidence
                          from risk_screening_answer a join risk_screening s on s.id = a.screening_id
                          join risk_instrument_factor f on f.version_id = a.version_id and f.code = a.factor_code
                         where s.child_id = :c order by s.screened_at, a.screening_id, f.sort_order""", childId),
                SubjectAccessSection.read(jdbc, "Exploitation screenings", "exploitation_screening",
                        "select * from exploitation_screening where child_id = :c order by assessed_on, recorded_at, id",
                        childId),
                SubjectAccessSection.read(jdbc, "Exploitation screening answers", "exploitation_answer", """
                        select a.* from exploitation_answer a join exploitation_screening s on s.id = a.screening_id
                         where s.child_id = :c order by s.assessed_on, s.recorded_at, a.screening_id, a.sort_order""",
                        childId),
                SubjectAccessSection.read(jdbc, "Exploitation screenings asked for", "exploitation_task",
                        "select * from exploitation_task where child_id = :c order by raised_at, id", childId),
                SubjectAccessSection.read(jdbc, "Risk of going missing assessments", "standing_assessment",
                        "select * from standing_assessment where child_id = :c order by assessed_on, recorded_at, id",
                        childId));
    }
}
