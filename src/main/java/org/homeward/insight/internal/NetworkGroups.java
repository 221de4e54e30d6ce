package org.homeward.insight.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;

/** The children of one connected group of a period's network, numbered as the network page numbers its groups. */
public interface NetworkGroups {

    /** Empty when the network the viewer is shown for the question has no group of that number. */
    Optional<List<UUID>> children(CurrentUser user, InsightQuestion.Asked asked, int group);
}
