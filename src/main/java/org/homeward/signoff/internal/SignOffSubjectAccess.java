package org.homeward.signoff.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sign-off module's part of the subject access export: management oversight of the child's case. */
@Component
class SignOffSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    SignOffSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(SubjectAccessSection.of("Management sign-offs", "sign_off", jdbc.sql(
                        "select * from sign_off where child_id = :c order by raised_at, id")
                .param("c", childId).query().listOfRows()));
    }
}
