package org.homeward.signoff.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.home.WorkSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** Sign-offs awaited on managers' home pages (not their own work), and each sign-off in the chronology. */
@Component
class SignOffTasks implements WorkSource, ChronologySource {

    private final SignOffRecords records;
    private final AccessPolicy policy;

    SignOffTasks(SignOffRecords records, AccessPolicy policy) {
        this.records = records;
        this.policy = policy;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        if (!policy.maySignOff(user)) {
            return List.of();
        }
        return records.awaited().stream().filter(s -> !user.id().equals(s.workBy()))
                .map(s -> new Task("Sign off: " + SignOffService.label(s.point()).toLowerCase(), s.childName(),
                        s.dueAt().atZone(ClockConfiguration.LONDON).toLocalDate(), "/sign-offs/" + s.id()))
                .toList();
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return records.forChild(childId).stream().filter(SignOffRecords.SignOff::signed)
                .map(s -> new ChronologyEntry(s.signedAt(), "Management oversight",
                        "Signed off: " + SignOffService.label(s.point()).toLowerCase(),
                        s.comment() + " (" + s.signedByName() + ")", s.href()))
                .toList();
    }
}
