package org.homeward.child.internal.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-glass (DOMAIN.md IS-02): a person with no involvement in a child is told so, and may open the
 * record after giving a reason; the named senior managers review every such access.
 */
@Controller
@ControllerAdvice
class BreakGlassController {

    /** Why the record is needed, and the page to go back to. */
    public static class ReasonForm {
        private String reason;
        private String then;

        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getThen() { return then; }
        public void setThen(String v) { then = v; }
    }

    /** The senior manager's review of one access. */
    public static class ReviewForm {
        private String note;

        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    private final BreakGlassAccesses accesses;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    BreakGlassController(BreakGlassAccesses accesses, AccessPolicy policy, AuditTrail audit) {
        this.accesses = accesses;
        this.policy = policy;
        this.audit = audit;
    }

    /** The page every module's guarded page answers with when the person is not involved with the child. */
    @ExceptionHandler(NotInvolvedException.class)
    ModelAndView notInvolved(NotInvolvedException e, HttpServletRequest request) {
        ReasonForm form = new ReasonForm();
        form.setThen("GET".equals(request.getMethod()) ? request.getRequestURI() : "/children/" + e.childId());
        ModelAndView page = new ModelAndView("child/not-involved", HttpStatus.FORBIDDEN);
        page.addObject("childId", e.childId());
        page.addObject("mayBreakGlass", e.mayBreakGlass());
        page.addObject("reasonForm", form);
        return page;
    }

    @GetMapping("/children/{id}/break-glass")
    String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireBreakGlass(user, id);
        if (policy.mayViewChild(user, id)) {
            return "redirect:/children/" + id;
        }
        ReasonForm form = new ReasonForm();
        form.setThen("/children/" + id);
        model.addAttribute("childId", id);
        model.addAttribute("mayBreakGlass", true);
        model.addAttribute("reasonForm", form);
        return "child/not-involved";
    }

    @PostMapping("/children/{id}/break-glass")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model) {
        requireBreakGlass(user, id);
        String reason = FormChecks.trimmed(form.getReason());
        if (reason == null) {
            result.rejectValue("reason", "required", "Enter why you need to open this child's record");
        } else if (reason.length() < 10) {
            result.rejectValue("reason", "short", "Say why you need the record in at least 10 characters");
        } else if (reason.length() > 1000) {
            result.rejectValue("reason", "tooLong", "Reason must be 1,000 characters or fewer");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, List.of("reason")));
            model.addAttribute("childId", id);
            model.addAttribute("mayBreakGlass", true);
            return "child/not-involved";
        }
        accesses.open(user, id, reason);
        return "redirect:" + safeReturn(form.getThen(), id);
    }

    @GetMapping("/break-glass")
    @Transactional
    String review(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireReview(user);
        List<BreakGlassAccesses.Access> found = accesses.forReview(100);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("break-glass", null, null), List.of(),
                "Break-glass accesses (" + found.size() + ")");
        model.addAttribute("accesses", found);
        model.addAttribute("reviewForm", new ReviewForm());
        return "child/break-glass";
    }

    @PostMapping("/break-glass/{accessId}/review")
    String reviewed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID accessId,
                    @ModelAttribute("reviewForm") ReviewForm form, RedirectAttributes redirect) {
        requireReview(user);
        UUID openedBy = accesses.openedBy(accessId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (openedBy.equals(user.id())) {
            redirect.addFlashAttribute("failure", "You cannot review your own access: another senior manager must");
            return "redirect:/break-glass";
        }
        String note = FormChecks.trimmed(form.getNote());
        if (note != null && note.length() > 1000) {
            note = note.substring(0, 1000);
        }
        redirect.addFlashAttribute("success", accesses.review(accessId, user, note)
                ? "Access marked as reviewed" : "That access was already reviewed");
        return "redirect:/break-glass";
    }

    /** Only a page of Homeward's own, about this child: never somewhere else. */
    private static String safeReturn(String then, UUID childId) {
        String fallback = "/children/" + childId;
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.contains("\\")
                || !then.matches("[A-Za-z0-9/_.-]+")) {
            return fallback;
        }
        return then;
    }

    private void requireBreakGlass(CurrentUser user, UUID childId) {
        if (!policy.mayBreakGlass(user, childId)) {
            throw new AccessDeniedException("Your role does not allow opening records you are not involved with");
        }
        if (!accesses.childExists(childId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private void requireReview(CurrentUser user) {
        if (!policy.mayReviewBreakGlass(user)) {
            throw new AccessDeniedException("Only named senior managers review break-glass accesses");
        }
    }
}
