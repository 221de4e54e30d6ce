package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeController.require;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The council's inbox of messages from the police; one message; acknowledging it (DOMAIN.md IS-04). */
@Controller
class PoliceMessageController {

    static final int PAGE_SIZE = 25;

    private final PoliceMessages messages;
    private final AccessPolicy policy;
    private final EpisodePermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    PoliceMessageController(PoliceMessages messages, AccessPolicy policy, EpisodePermissions permissions,
                            AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/police-messages")
    @Transactional
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                 @RequestParam(required = false) String before, Model model) {
        require(policy.mayReceivePoliceMessages(user));
        Keyset.Page<PoliceMessages.Message> page = messages.inbox(user.agencyId(), Keyset.ranked(after, before, PAGE_SIZE));
        if (page.isEmpty() && (after != null || before != null)) {
            page = messages.inbox(user.agencyId(), Keyset.ranked(null, null, PAGE_SIZE));
        }
        // A message about a child the person may not open is counted, never shown.
        List<PoliceMessages.Message> shown = page.rows().stream()
                .filter(m -> policy.mayViewChild(user, m.childId())).toList();
        new LinkedHashSet<>(shown.stream().map(PoliceMessages.Message::childId).toList()).forEach(c ->
                audit.record(AuditAction.VIEW, new AuditTrail.Subject("police-messages", null, c), List.of(), null));
        model.addAttribute("messages", shown);
        model.addAttribute("unacknowledged", messages.unacknowledged(user.agencyId()));
        model.addAttribute("agency", user.agencyName());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/police-messages"), page));
        return "episode/police-messages";
    }

    @GetMapping("/police-messages/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        PoliceMessages.Message message = message(id);
        require(policy.mayViewChild(user, message.childId()));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("police-message", id, message.childId()), List.of(), null);
        model.addAttribute("message", message);
        model.addAttribute("mayAcknowledge", !message.acknowledged()
                && permissions.mayAcknowledgePoliceMessage(user, message.toAgencyId()));
        return "episode/police-message";
    }

    /** Only the council it was sent to acknowledges a message; a second acknowledgement changes nothing. */
    @PostMapping("/police-messages/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        PoliceMessages.Message message = message(id);
        require(permissions.mayAcknowledgePoliceMessage(user, message.toAgencyId()));
        redirect.addFlashAttribute("success", messages.acknowledge(message, user, clock.instant())
                ? "Message acknowledged" : "This message had already been acknowledged");
        return "redirect:/police-messages/" + id;
    }

    private PoliceMessages.Message message(UUID id) {
        return messages.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
