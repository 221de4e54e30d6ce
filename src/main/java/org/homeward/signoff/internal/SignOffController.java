package org.homeward.signoff.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' sign-off queue and one sign-off. */
@Controller
class SignOffController {

    /** The comment a manager signs off with. */
    public static class SignForm {
        private String comment;

        public String getComment() { return comment; }
        public void setComment(String v) { comment = v; }
    }

    private final SignOffRecords records;
    private final SignOffService service;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    SignOffController(SignOffRecords records, SignOffService service, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.records = records;
        this.service = service;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/sign-offs")
    @Transactional
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(policy.maySignOff(user));
        List<SignOff> awaited = records.awaited();
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("sign-off", null, null), List.of(),
                "Sign-off queue (" + awaited.size() + ")");
        model.addAttribute("awaited", awaited);
        model.addAttribute("signed", records.recentlySigned(20));
        model.addAttribute("now", clock.instant());
        model.addAttribute("labels", new Labels());
        return "signoff/list";
    }

    @GetMapping("/sign-offs/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.maySignOff(user));
        SignOff signOff = find(id);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("sign-off", id, signOff.childId()), List.of(), null);
        return page(model, signOff, new SignForm(), user);
    }

    @PostMapping("/sign-offs/{id}")
    String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @ModelAttribute("signForm") SignForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        require(policy.maySignOff(user));
        SignOff signOff = find(id);
        if (!service.sign(signOff, form.getComment(), result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, List.of("comment")));
            return page(model, signOff, form, user);
        }
        redirect.addFlashAttribute("success", "Signed off: " + SignOffService.label(signOff.point()).toLowerCase()
                + " for " + signOff.childName());
        return "redirect:/sign-offs";
    }

    private String page(Model model, SignOff signOff, SignForm form, CurrentUser user) {
        model.addAttribute("signOff", signOff);
        model.addAttribute("point", SignOffService.label(signOff.point()));
        model.addAttribute("ownWork", user.id().equals(signOff.workBy()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("signForm", form);
        return "signoff/show";
    }

    private SignOff find(UUID id) {
        return records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Point labels for the page. */
    public static class Labels {
        public String of(String point) {
            return SignOffService.label(point);
        }
    }
}
