package org.homeward.signoff.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sign-off module's part of a child's record: management oversight of the child's case. */
@Component
@Order(20)
class SignOffChildRecord extends ChildRecordTables {

    SignOffChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(SubjectAccessQuery.rows("Management sign-offs", "sign_off", "raised_at, id"));
    }

    @Override
    protected List<String> erasure() {
        return List.of("delete from sign_off where child_id = :c");
    }
}
