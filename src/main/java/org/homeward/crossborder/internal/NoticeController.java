package org.homeward.crossborder.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notices sent to and from the user's agency; one notice; acknowledging it or marking it sent by hand. */
@Controller
class NoticeController {

    private static final int SHOWN = 200;

    private final Notices notices;
    private final NoticeDelivery delivery;
    private final AccessPolicy policy;
    private final CrossBorderPermissions permissions;
    private final Refusals refusals;

    NoticeController(Notices notices, NoticeDelivery delivery, AccessPolicy policy,
                     CrossBorderPermissions permissions, Refusals refusals) {
        this.notices = notices;
        this.delivery = delivery;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping("/cross-border/notices")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(permissions.mayViewCrossBorderNotices(user), "cross-border-notices", null, List.of());
        return list(user, model, List.of());
    }

    private String list(CurrentUser user, Model model, List<FormErrors.Entry> errors) {
        List<Notices.Notice> received = notices.receivedBy(user.agencyId(), SHOWN).stream()
                .filter(n -> policy.mayViewChild(user, n.childId())).toList();
        List<Notices.Notice> sent = notices.sentFrom(user.agencyId(), SHOWN).stream()
                .filter(n -> policy.mayViewChild(user, n.childId())).toList();
        delivery.listed("cross-border-notices", Stream.concat(received.stream(), sent.stream())
                .map(Notices.Notice::childId).toList());
        model.addAttribute("received", received);
        model.addAttribute("sent", sent);
        model.addAttribute("agency", user.agencyName());
        model.addAttribute("errors", errors);
        return "crossborder/notices";
    }

    @GetMapping("/cross-border/notices/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Notices.Notice notice = notice(id);
        refusals.require(permissions.mayViewCrossBorderNotice(user, notice.fromAgencyId(), notice.toAgencyId(),
                notice.childId()), "cross-border-notice", id, List.of(notice.childId()));
        delivery.read(id, "cross-border-notice", notice.childId());
        model.addAttribute("notice", notice);
        model.addAttribute("mayAcknowledge", notice.sent() && !notice.acknowledged()
                && permissions.mayAcknowledgeCrossBorderNotice(user, notice.toAgencyId()));
        model.addAttribute("mayMarkSent", notice.byHand() && !notice.sent() && notice.content() != null
                && permissions.mayActAcrossBorderFor(user, notice.fromAgencyId()));
        return "crossborder/notice";
    }

    /** Only the agency a notice was sent to acknowledges it; anyone else is refused, told why, and the refusal audited. */
    @PostMapping("/cross-border/notices/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Notices.Notice notice = notice(id);
        if (!permissions.mayAcknowledgeCrossBorderNotice(user, notice.toAgencyId())) {
            refusals.record("cross-border-notice", id, List.of(notice.childId()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            if (!permissions.mayViewCrossBorderNotices(user)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return list(user, model, List.of(new FormErrors.Entry("received",
                    "This notice was sent to " + notice.toAgencyName() + ". Only " + notice.toAgencyName()
                            + " can acknowledge it, not " + user.agencyName())));
        }
        if (delivery.acknowledge(notice, user)) {
            redirect.addFlashAttribute("success", "Notice acknowledged");
        }
        return "redirect:/cross-border/notices/" + id;
    }

    @PostMapping("/cross-border/notices/{id}/sent-by-hand")
    String sentByHand(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Notices.Notice notice = notice(id);
        refusals.require(permissions.mayActAcrossBorderFor(user, notice.fromAgencyId()), "cross-border-notice", id,
                List.of(notice.childId()));
        if (delivery.markSentByHand(notice, user)) {
            redirect.addFlashAttribute("success", "Notice marked as sent by hand");
        }
        return "redirect:/cross-border/notices/" + id;
    }

    private Notices.Notice notice(UUID id) {
        return notices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
