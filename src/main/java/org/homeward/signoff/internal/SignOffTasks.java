package org.homeward.signoff.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.springframework.stereotype.Component;

/** Each sign-off given, in the child's chronology (the sign-offs awaited are tasks on the deadline engine). */
@Component
class SignOffTasks implements ChronologySource {

    private final SignOffRecords records;

    SignOffTasks(SignOffRecords records) {
        this.records = records;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return records.forChild(childId).stream().filter(SignOff::signed)
                .map(s -> new ChronologyEntry(s.signedAt(), "Management oversight",
                        "Signed off: " + SignOffService.label(s.point()).toLowerCase(),
                        s.comment() + " (" + s.signedByName() + ")", s.href()))
                .toList();
    }
}
