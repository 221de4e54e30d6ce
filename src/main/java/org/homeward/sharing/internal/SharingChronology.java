package org.homeward.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.sharing.NewShare;
import org.springframework.stereotype.Component;

/** Each information share in the child's chronology, at when it was shared (DOMAIN.md CR-08, IS-01). */
@Component
class SharingChronology implements ChronologySource {

    private final ShareRecords records;

    SharingChronology(ShareRecords records) {
        this.records = records;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return records.forChild(childId).stream().map(s -> new ChronologyEntry(s.sharedAt(), s.recordedAt(),
                "Information share", s.direction() == NewShare.Direction.SHARED
                        ? "Information shared with " + s.toAgency() : "Information received from " + s.fromAgency(),
                s.summary(), "/shares/" + s.id(), s.fromAgencyId())).toList();
    }
}
