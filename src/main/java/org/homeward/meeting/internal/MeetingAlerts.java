package org.homeward.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildAlerts;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.home.WorkSource;
import org.springframework.stereotype.Component;

/** "Meeting required" on the child's page, meeting actions on their owners' home pages, meetings in the chronology. */
@Component
class MeetingAlerts implements ChildAlerts, WorkSource, ChronologySource {

    private final MeetingRecords records;

    MeetingAlerts(MeetingRecords records) {
        this.records = records;
    }

    @Override
    public List<Alert> alertsFor(UUID childId) {
        return records.openRequirement(childId).map(r -> List.of(new Alert(
                "Missing management meeting required: " + String.join("; ", r.criteria()),
                "/children/" + childId + "/meetings"))).orElse(List.of());
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        return records.openActionsOwnedBy(user.id()).stream().map(a -> new Task("Meeting action: " + a.action(),
                a.childName(), a.dueOn(), "/meetings/" + a.meetingId())).toList();
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        List<ChronologyEntry> entries = new ArrayList<>();
        records.openRequirement(childId).ifPresent(r -> entries.add(new ChronologyEntry(r.raisedAt(), "Meeting",
                "Missing management meeting required", String.join("; ", r.criteria()), "/children/" + childId + "/meetings")));
        for (MeetingRecords.Meeting m : records.forChild(childId)) {
            entries.add(new ChronologyEntry(m.heldAt(), "Meeting", "Missing management meeting held",
                    "Chaired by " + m.chair() + (m.triggerPlanNeeded() ? "; trigger plan needed" : ""),
                    "/meetings/" + m.id()));
        }
        return entries;
    }
}
