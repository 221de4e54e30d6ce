package org.homeward.records.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention report (records due for review under the rule that applies), asking for a record's
 * disposal, and the disposal register where a named senior manager approves it.
 */
@Controller
class RetentionController {

    private static final int REGISTER_SHOWN = 200;

    private final RetentionSchedule schedule;
    private final Disposals disposals;
    private final DisposalRegister register;
    private final AccessPolicy policy;
    private final RecordsPermissions permissions;

    RetentionController(RetentionSchedule schedule, Disposals disposals, DisposalRegister register,
                        AccessPolicy policy, RecordsPermissions permissions) {
        this.schedule = schedule;
        this.disposals = disposals;
        this.register = register;
        this.policy = policy;
        this.permissions = permissions;
    }

    /** A record on the report, with any disposal already asked for. */
    public record Row(RetentionSchedule.Due due, DisposalRegister.Disposal pending) {
    }

    @GetMapping("/records/retention")
    String report(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireReview(user);
        model.addAttribute("rules", schedule.rules());
        model.addAttribute("horizon", RetentionProperties.Rule.words(schedule.horizon()));
        model.addAttribute("rows", schedule.dueForReview().stream().map(d -> new Row(d,
                register.pending(d.record().recordType(), d.record().id()).orElse(null))).toList());
        return "records/retention";
    }

    @GetMapping("/records/retention/{type}/{id}")
    String requestForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String type, @PathVariable UUID id,
                       Model model) {
        requireReview(user);
        return requestForm(model, due(type, id), new DisposalForm(), List.of());
    }

    @PostMapping("/records/retention/{type}/{id}")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable String type, @PathVariable UUID id,
                   @Valid @ModelAttribute("disposalForm") DisposalForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        requireReview(user);
        RetentionSchedule.Due due = due(type, id);
        Optional<UUID> requested = disposals.request(user, due, form, result);
        if (requested.isEmpty()) {
            return requestForm(model, due, form, FormErrors.summary(result, DisposalForm.FIELD_ORDER));
        }
        redirect.addFlashAttribute("success", "Disposal asked for: a named senior manager must approve it");
        return "redirect:/records/disposals/" + requested.get();
    }

    @GetMapping("/records/disposals")
    String registerPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireReview(user);
        model.addAttribute("disposals", register.latest(REGISTER_SHOWN));
        return "records/disposals";
    }

    @GetMapping("/records/disposals/{id}")
    String disposal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireReview(user);
        return disposalPage(user, model, disposal(id), List.of());
    }

    @PostMapping("/records/disposals/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
                   RedirectAttributes redirect) {
        if (!permissions.mayApproveDisposal(user, null)) {
            throw new AccessDeniedException("Only a named senior manager may approve a disposal");
        }
        DisposalRegister.Disposal disposal = disposal(id);
        BindingResult errors = new BeanPropertyBindingResult(disposal, "disposal");
        if (!disposals.approve(user, disposal, errors)) {
            return disposalPage(user, model, disposal, FormErrors.summary(errors, List.of()));
        }
        redirect.addFlashAttribute("success", "Record disposed of");
        return "redirect:/records/disposals/" + id;
    }

    private String requestForm(Model model, RetentionSchedule.Due due, DisposalForm form, List<FormErrors.Entry> errors) {
        model.addAttribute("due", due);
        model.addAttribute("disposalForm", form);
        model.addAttribute("errors", errors);
        return "records/disposal-request";
    }

    private String disposalPage(CurrentUser user, Model model, DisposalRegister.Disposal disposal,
                                List<FormErrors.Entry> errors) {
        model.addAttribute("disposal", disposal);
        model.addAttribute("due", disposal.disposed() ? null
                : schedule.find(disposal.recordType(), disposal.recordId()).orElse(null));
        model.addAttribute("mayApprove", !disposal.disposed() && permissions.mayApproveDisposal(user, null));
        model.addAttribute("errors", errors);
        return "records/disposal";
    }

    private RetentionSchedule.Due due(String type, UUID id) {
        return schedule.find(type, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private DisposalRegister.Disposal disposal(UUID id) {
        return register.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireReview(CurrentUser user) {
        if (!policy.mayReviewRetention(user)) {
            throw new AccessDeniedException("Only team and senior managers review records for retention");
        }
    }
}
