package org.homeward.supervision.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's trusted worker, every change (from, to, when, why) and naming a new one. */
@Controller
class TrustedWorkerController {

    private final TrustedWorkerService service;
    private final Children children;
    private final AccessPolicy policy;
    private final SupervisionPermissions permissions;
    private final Refusals refusals;

    TrustedWorkerController(TrustedWorkerService service, Children children, AccessPolicy policy,
                            SupervisionPermissions permissions, Refusals refusals) {
        this.service = service;
        this.children = children;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    /** A change, as the page lists it: from whom to whom. */
    public record Change(TrustedWorkers.Appointment from, TrustedWorkers.Appointment to) {
    }

    @GetMapping("/children/{id}/trusted-worker")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        refusals.require(policy.mayViewChildren(user), "trusted-worker", null, List.of(id));
        ChildSummary child = child(id);
        List<TrustedWorkers.Appointment> history = service.open(id);
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < history.size(); n++) {
            changes.add(new Change(n + 1 < history.size() ? history.get(n + 1) : null, history.get(n)));
        }
        model.addAttribute("child", child);
        model.addAttribute("current", history.isEmpty() ? null : history.get(0));
        model.addAttribute("changes", changes);
        model.addAttribute("changesInLastYear", service.changesInLastYear(id));
        model.addAttribute("mayChange", permissions.mayChangeTrustedWorker(user));
        return "supervision/trusted-worker";
    }

    @GetMapping("/children/{id}/trusted-worker/new")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        refusals.require(permissions.mayChangeTrustedWorker(user), "trusted-worker", null, List.of(id));
        return form(model, child(id), new TrustedWorkerForm());
    }

    @PostMapping("/children/{id}/trusted-worker")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("trustedWorkerForm") TrustedWorkerForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        refusals.require(permissions.mayChangeTrustedWorker(user), "trusted-worker", null, List.of(id));
        ChildSummary child = child(id);
        if (!service.record(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, TrustedWorkerForm.FIELD_ORDER));
            return form(model, child, form);
        }
        redirect.addFlashAttribute("success", "Trusted worker recorded");
        return "redirect:/children/" + id + "/trusted-worker";
    }

    private ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, ChildSummary child, TrustedWorkerForm form) {
        model.addAttribute("child", child);
        model.addAttribute("current", service.current(child.id()));
        model.addAttribute("people", service.people());
        model.addAttribute("trustedWorkerForm", form);
        return "supervision/trusted-worker-form";
    }
}
