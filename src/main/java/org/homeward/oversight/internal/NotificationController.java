package org.homeward.oversight.internal;

import java.time.Clock;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Each person's notifications: escalations and handovers, newest unacknowledged first. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Notifications on a page; the order leads with those unacknowledged, so pages are numbered. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user,
                @org.springframework.web.bind.annotation.RequestParam(required = false) String page, Model model) {
        int pages = org.homeward.platform.web.Pagination.pages(notifications.count(user.id()), PAGE_SIZE);
        int n = Math.min(org.homeward.platform.web.Pagination.pageNumber(page), pages);
        model.addAttribute("notifications", notifications.forRecipient(user.id(), n, PAGE_SIZE));
        model.addAttribute("pagination", org.homeward.platform.web.Pagination.numbered(
                org.springframework.web.util.UriComponentsBuilder.fromPath("/notifications"), n, pages));
        return "oversight/notifications";
    }

    /** Only one's own notifications can be acknowledged; another's id changes nothing. */
    @PostMapping("/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        notifications.acknowledge(id, user.id(), clock.instant());
        return "redirect:/notifications";
    }
}
