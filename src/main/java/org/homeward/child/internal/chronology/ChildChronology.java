package org.homeward.child.internal.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** The child module's own events: placements starting and ending. */
@Component
class ChildChronology implements ChronologySource {

    private final Placements placements;

    ChildChronology(Placements placements) {
        this.placements = placements;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        List<ChronologyEntry> entries = new ArrayList<>();
        String href = "/children/" + childId + "/placements";
        for (PlacementSummary p : placements.history(childId)) {
            entries.add(new ChronologyEntry(p.startDate().atStartOfDay(ClockConfiguration.LONDON).toInstant(), "Placement",
                    "Placement started: " + p.providerName(), p.type() + ", " + p.hostAuthority()
                    + (p.outOfArea() ? " (out of area)" : ""), href));
            if (p.endDate() != null) {
                entries.add(new ChronologyEntry(p.endDate().atTime(23, 59).atZone(ClockConfiguration.LONDON).toInstant(),
                        "Placement", "Placement ended: " + p.providerName(), null, href));
            }
        }
        return entries;
    }
}
