package org.homeward.risk.internal;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.DateInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A looked-after child's standing assessment of the risk of going missing: the current one and
 * those before it, a new one, and for managers the children without a current one.
 */
@Controller
class StandingAssessmentController {

    static final int PAGE_SIZE = 50;
    static final List<Vocabularies.Term> LEVEL_TERMS = List.of(new Vocabularies.Term("LOW", "Low"),
            new Vocabularies.Term("MEDIUM", "Medium"), new Vocabularies.Term("HIGH", "High"));

    private final StandingAssessmentService service;
    private final StandingAssessments records;
    private final Children children;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Refusals refusals;

    StandingAssessmentController(StandingAssessmentService service, StandingAssessments records, Children children,
                                 AccessPolicy policy, AuditTrail audit, Refusals refusals) {
        this.service = service;
        this.records = records;
        this.children = children;
        this.policy = policy;
        this.audit = audit;
        this.refusals = refusals;
    }

    @GetMapping("/children/{id}/missing-risk")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayViewChildren(user));
        ChildSummary child = child(id);
        List<StandingAssessment> all = records.forChild(id);
        audit.record(AuditAction.VIEW, all.isEmpty() ? new AuditTrail.Subject("standing-assessment", null, id)
                : StandingAssessmentService.subject(all.get(0)), List.of(), null);
        StandingAssessmentService.Standing standing = service.standing(id);
        model.addAttribute("child", child);
        model.addAttribute("latest", all.isEmpty() ? null : all.get(0));
        model.addAttribute("current", standing.current());
        model.addAttribute("placedOn", standing.placedOn());
        model.addAttribute("placementChanged", standing.placementChanged());
        model.addAttribute("earlier", all.size() > 1 ? all.subList(1, all.size()) : List.of());
        model.addAttribute("today", service.today());
        model.addAttribute("mayRecord", policy.mayScreenRisk(user));
        model.addAttribute("mayViewTrend", policy.mayViewMeetings(user));
        model.addAttribute("levels", StandingAssessmentService.LEVELS);
        return "risk/standing";
    }

    @GetMapping("/children/{id}/missing-risk/new")
    String newAssessment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayScreenRisk(user));
        StandingAssessmentForm form = new StandingAssessmentForm();
        DateInput today = DateInput.of(service.today());
        form.setAssessedDay(today.day());
        form.setAssessedMonth(today.month());
        form.setAssessedYear(today.year());
        return form(model, child(id), form);
    }

    @PostMapping("/children/{id}/missing-risk")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("standingAssessmentForm") StandingAssessmentForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        require(policy.mayScreenRisk(user));
        ChildSummary child = child(id);
        Optional<StandingAssessment> saved = service.record(child, form, result, user);
        if (saved.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, StandingAssessmentForm.FIELD_ORDER));
            return form(model, child, form);
        }
        redirect.addFlashAttribute("success", "Risk of going missing assessed: "
                + StandingAssessmentService.label(saved.get().riskLevel()).toLowerCase(java.util.Locale.UK) + " risk");
        return "redirect:" + StandingAssessmentService.href(id);
    }

    /** Managers' list of looked-after children they are involved with who have no current assessment. */
    @GetMapping("/risk/standing-assessments/exceptions")
    @Transactional
    String exceptions(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                      @RequestParam(required = false) String before, Model model) {
        refusals.require(policy.maySeeNamesInReports(user), "standing-assessment-exceptions", null, List.of());
        StandingAssessments.Page found = records.exceptions(service.today(), policy.involvedWith(user),
                Keyset.of(after, before, PAGE_SIZE));
        new LinkedHashSet<>(found.rows().stream().map(StandingAssessments.ExceptionRow::childId).toList())
                .forEach(c -> audit.record(AuditAction.VIEW, new AuditTrail.Subject("standing-assessment-exceptions",
                        null, c), List.of(), null));
        model.addAttribute("found", found);
        model.addAttribute("reviewWithin", service.reviewWithin().toTotalMonths());
        model.addAttribute("pagination", Pagination.keyset(
                UriComponentsBuilder.fromPath("/risk/standing-assessments/exceptions"), found.links()));
        return "risk/standing-exceptions";
    }

    private String form(Model model, ChildSummary child, StandingAssessmentForm form) {
        model.addAttribute("child", child);
        model.addAttribute("standingAssessmentForm", form);
        model.addAttribute("levelTerms", LEVEL_TERMS);
        model.addAttribute("reviewWithin", service.reviewWithin().toTotalMonths());
        return "risk/standing-form";
    }

    private ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
