package org.homeward.child.internal.placement;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child each of this module's record pages is about, for the one access guard. */
@Component
class PlacementRecordLocator extends TableChildRecordLocator {

    PlacementRecordLocator(JdbcClient jdbc) {
        super(jdbc, Map.of("placements", "placement"));
    }
}
