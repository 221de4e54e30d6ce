package org.homeward.oversight.internal;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child each of this module's record pages is about, for the one access guard. */
@Component
class TaskRecordLocator extends TableChildRecordLocator {

    TaskRecordLocator(JdbcClient jdbc) {
        super(jdbc, Map.of("tasks", "task"));
    }
}
