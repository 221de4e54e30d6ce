package org.homeward.sharing.internal;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child each share's page is about, for the one access guard. */
@Component
class ShareRecordLocator extends TableChildRecordLocator {

    ShareRecordLocator(JdbcClient jdbc) {
        super(jdbc, Map.of("shares", "information_share"));
    }
}
