package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.oversight.WorkSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The home page lists the cross-border notices waiting for the user's agency to acknowledge them. */
@Component
class CrossBorderWork implements WorkSource {

    private static final int SHOWN = 20;

    private final Notices notices;
    private final AccessPolicy policy;
    private final CrossBorderPermissions permissions;
    private final Clock clock;
    private final Duration acknowledgeWithin;

    CrossBorderWork(Notices notices, AccessPolicy policy, CrossBorderPermissions permissions, Clock clock,
                    @Value("${homeward.crossborder.acknowledge-within:PT24H}") Duration acknowledgeWithin) {
        this.notices = notices;
        this.policy = policy;
        this.permissions = permissions;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        if (!permissions.mayViewCrossBorderNotices(user)) {
            return List.of();
        }
        Instant now = clock.instant();
        return notices.receivedBy(user.agencyId(), SHOWN).stream()
                .filter(n -> !n.acknowledged() && policy.mayViewChild(user, n.childId()))
                .map(n -> {
                    Instant due = n.sentAt().plus(acknowledgeWithin);
                    return new Task("Acknowledge the cross-border notice: " + n.kindLabel().toLowerCase(java.util.Locale.UK),
                            n.childName(), due,
                            "/cross-border/notices/" + n.id(), now.isAfter(due));
                }).toList();
    }
}
