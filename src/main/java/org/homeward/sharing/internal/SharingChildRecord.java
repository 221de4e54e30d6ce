package org.homeward.sharing.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sharing register's part of a subject access export, and of erasing a child's record once approved. */
@Component
@Order(35)
class SharingChildRecord extends ChildRecordTables {

    SharingChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(SubjectAccessQuery.rows("Information shared and received", "information_share", "shared_at, id")
                .thirdParty("Information received names who gave it (provenance) and may hold other people's details"));
    }

    @Override
    protected List<String> erasure() {
        return List.of("delete from information_share where child_id = :c");
    }
}
