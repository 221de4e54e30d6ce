package org.homeward.oversight.internal;

import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * For administrators (every {@code /admin} page needs the role): the notification emails that failed,
 * why, and when they are tried again; a given-up email can be owed again once its address is corrected.
 */
@Controller
class EmailAdminController {

    private static final Logger log = LoggerFactory.getLogger(EmailAdminController.class);

    private final Notifications notifications;

    EmailAdminController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/emails")
    String unsent(Model model) {
        model.addAttribute("emails", notifications.unsent(200));
        model.addAttribute("owed", notifications.owed());
        return "oversight/admin-emails";
    }

    @PostMapping("/admin/emails/{id}/try-again")
    String tryAgain(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        if (notifications.tryAgain(id)) {
            log.info("Email for notification {} owed again by administrator {}", id, user.id());
        }
        return "redirect:/admin/emails?owedAgain";
    }
}
