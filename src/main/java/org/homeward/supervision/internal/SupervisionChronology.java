package org.homeward.supervision.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/**
 * The chronology, seen by many roles, shows only that a case supervision discussed the child, with a
 * link: what was said and decided stays on the supervision, for its parties and senior managers
 * (docs/decisions/0016). Reflective supervision is about the worker's practice and is not shown.
 */
@Component
class SupervisionChronology implements ChronologySource {

    private final Supervisions supervisions;

    SupervisionChronology(Supervisions supervisions) {
        this.supervisions = supervisions;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return supervisions.caseSupervisionsOf(childId).stream().map(s -> new ChronologyEntry(
                s.heldOn().atStartOfDay(ClockConfiguration.LONDON).toInstant(), "Supervision", "Case supervision",
                null, "/supervision/" + s.id())).toList();
    }
}
