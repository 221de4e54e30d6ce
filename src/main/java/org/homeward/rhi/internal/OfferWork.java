package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.oversight.WorkSource;
import org.homeward.platform.web.Keyset;
import org.springframework.stereotype.Component;

/**
 * The RHI worker's home page lists their agency's offers: the next due and the most recently
 * overdue, each linking to the offer, and the whole list a click away.
 */
@Component
class OfferWork implements WorkSource {

    /** Offers of each kind read for the home page, which shows at most ten of each. */
    static final int SHOWN = 10;

    private final OfferRecords records;
    private final AccessPolicy policy;
    private final Clock clock;

    OfferWork(OfferRecords records, AccessPolicy policy, Clock clock) {
        this.records = records;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        if (!worker(user)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Task> tasks = new ArrayList<>();
        for (OfferRecords.Due due : OfferRecords.Due.values()) {
            boolean latestFirst = due == OfferRecords.Due.OVERDUE;
            records.open(user.agencyId(), policy.involvedWith(user), due, now, latestFirst, Keyset.of(null, null, SHOWN))
                    .rows().forEach(l -> tasks.add(new Task("Offer a return home interview (" + lowerFirst(l.offer().timeLeft(now)) + ")",
                            l.childName(), l.offer().dueAt(), "/return-interviews/" + l.offer().id(),
                            l.offer().overdue(now))));
        }
        return tasks;
    }

    @Override
    public Optional<More> moreFor(CurrentUser user) {
        if (!worker(user)) {
            return Optional.empty();
        }
        OfferRecords.Counts counts = records.openCounts(user.agencyId(), policy.involvedWith(user), clock.instant());
        long all = counts.due() + counts.overdue();
        return Optional.of(new More("All " + all + (all == 1 ? " return home interview" : " return home interviews")
                + " for your agency (" + counts.overdue() + " overdue)", "/return-interviews"));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean worker(CurrentUser user) {
        return user.has(Role.RHI_WORKER) && user.agencyId() != null;
    }
}
