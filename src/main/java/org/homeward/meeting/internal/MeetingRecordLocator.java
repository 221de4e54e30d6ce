package org.homeward.meeting.internal;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child each of this module's record pages is about, for the one access guard. */
@Component
class MeetingRecordLocator extends TableChildRecordLocator {

    MeetingRecordLocator(JdbcClient jdbc) {
        super(jdbc, Map.of("meetings", "missing_meeting", "strategy-discussions", "strategy_discussion",
                "interventions", "intervention"));
    }
}
