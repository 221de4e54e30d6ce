package org.homeward.oversight.internal;

import java.time.Clock;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Each person's notifications: escalations and handovers, newest unacknowledged first. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Notifications on a page, those unacknowledged first. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                Model model) {
        Keyset.Page<Notifications.Notification> page = notifications.forRecipient(user.id(),
                Keyset.ranked(after, before, PAGE_SIZE));
        if (page.isEmpty() && (after != null || before != null)) {
            page = notifications.forRecipient(user.id(), Keyset.ranked(null, null, PAGE_SIZE));
        }
        model.addAttribute("notifications", page.rows());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/notifications"), page));
        return "oversight/notifications";
    }

    /** Only one's own notifications can be acknowledged; another's id changes nothing. */
    @PostMapping("/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        notifications.acknowledge(id, user.id(), clock.instant());
        return "redirect:/notifications";
    }
}
