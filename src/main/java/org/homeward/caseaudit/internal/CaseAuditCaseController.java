package org.homeward.caseaudit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.caseaudit.internal.CaseAuditForms.AllocationForm;
import org.homeward.caseaudit.internal.CaseAuditForms.ConsolidationForm;
import org.homeward.caseaudit.internal.CaseAuditForms.ContextForm;
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

/**
 * One sampled case: the lead allocates each agency's part and consolidates them; the practitioner whose work
 * it is adds context and sees the findings. A read of the child's record, audited.
 */
@Controller
class CaseAuditCaseController {

    private final CaseAudits audits;
    private final PartAllocation allocation;
    private final CaseNotes notes;
    private final CaseAuditAccess access;
    private final Directory directory;
    private final AuditTrail trail;
    private final Refusals refusals;
    private final Evidence evidence;
    private final Clock clock;

    CaseAuditCaseController(CaseAudits audits, PartAllocation allocation, CaseNotes notes, CaseAuditAccess access,
                            Directory directory, AuditTrail trail, Refusals refusals, Evidence evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
        this.audits = audits;
        this.allocation = allocation;
        this.notes = notes;
        this.access = access;
        this.directory = directory;
        this.trail = trail;
        this.refusals = refusals;
    }

    public record Opened(CaseAudits.Audit audit, CaseAudits.SampledCase sampled) {
    }

    private Opened open(CurrentUser user, UUID id) {
        CaseAudits.SampledCase sampled = audits.sampledCase(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseAudits.Audit audit = audits.audit(sampled.auditId()).orElseThrow();
        refusals.require(access.mayReadCase(user, audit, sampled), "case_audit_case", id, List.of(sampled.childId()));
        return new Opened(audit, sampled);
    }

    @GetMapping("/case-audit-cases/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Opened o = open(user, id);
        return page(user, o, model, new AllocationForm(), new ConsolidationForm(), new ContextForm(), List.of());
    }

    private String page(CurrentUser user, Opened o, Model model, AllocationForm allocation,
                        ConsolidationForm consolidation, ContextForm context, List<FormErrors.Entry> errors) {
        trail.record(AuditAction.VIEW, o.sampled().subject(), List.of(), "Case-file audit case");
        List<CaseAudits.Part> parts = audits.parts(o.sampled().id());
        boolean lead = access.leads(user, o.audit()) && o.audit().runsOn(access.today());
        List<CaseAudits.Line> lines = audits.lines(o.audit().templateId());
        // The practitioner sees only parts that are submitted: their findings, not an auditor's draft.
        List<CaseAudits.Part> shown = lead ? parts : parts.stream().filter(p -> !p.beingAudited()).toList();
        Map<UUID, Map<UUID, CaseAudits.Grade>> grades = shown.stream().collect(Collectors.toMap(CaseAudits.Part::id,
                p -> audits.grades(p.id()).stream().collect(Collectors.toMap(CaseAudits.Grade::lineId, g -> g))));
        model.addAttribute("audit", o.audit());
        model.addAttribute("sampled", o.sampled());
        model.addAttribute("parts", shown);
        model.addAttribute("lines", lines);
        model.addAttribute("grades", grades);
        model.addAttribute("context", audits.context(o.sampled().id()));
        model.addAttribute("lead", lead);
        // The lead consolidates: every agency's part of the record, side by side with the parts' grades.
        model.addAttribute("evidence", lead ? evidence.gather(o.sampled().childId(), lines, o.audit().periodFrom(),
                clock.instant(), Evidence.Scope.ALL) : Map.of());
        model.addAttribute("mayAddContext", access.mayAddContext(user, o.audit(), o.sampled()));
        model.addAttribute("auditors", directory.auditors());
        model.addAttribute("allocationForm", allocation);
        model.addAttribute("consolidationForm", consolidation);
        model.addAttribute("contextForm", context);
        model.addAttribute("errors", errors);
        return "caseaudit/case";
    }

    @PostMapping("/case-audit-cases/{id}/parts")
    @Transactional
    String allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @ModelAttribute("allocationForm") AllocationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        Opened o = open(user, id);
        refusals.require(access.mayManage(user, o.audit()), "case_audit_case", id, List.of(o.sampled().childId()));
        if (allocation.allocate(user, o.audit(), o.sampled(), form, result)) {
            redirect.addFlashAttribute("success", "Part allocated: the auditor and moderator are told");
            return "redirect:/case-audit-cases/" + id;
        }
        return page(user, o, model, form, new ConsolidationForm(), new ContextForm(),
                FormErrors.summary(result, AllocationForm.FIELDS));
    }

    @PostMapping("/case-audit-cases/{id}/consolidation")
    @Transactional
    String consolidate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @ModelAttribute("consolidationForm") ConsolidationForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        Opened o = open(user, id);
        refusals.require(access.mayManage(user, o.audit()), "case_audit_case", id, List.of(o.sampled().childId()));
        if (notes.consolidate(user, o.sampled(), form.getConsolidation(), result)) {
            redirect.addFlashAttribute("success", "Consolidated view saved");
            return "redirect:/case-audit-cases/" + id;
        }
        return page(user, o, model, new AllocationForm(), form, new ContextForm(),
                FormErrors.summary(result, ConsolidationForm.FIELDS));
    }

    @PostMapping("/case-audit-cases/{id}/context")
    @Transactional
    String context(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("contextForm") ContextForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Opened o = open(user, id);
        refusals.require(access.mayAddContext(user, o.audit(), o.sampled()), "case_audit_case", id,
                List.of(o.sampled().childId()));
        if (notes.addContext(user, o.sampled(), form.getContext(), result)) {
            redirect.addFlashAttribute("success", "Your context is added for the auditors");
            return "redirect:/case-audit-cases/" + id;
        }
        return page(user, o, model, new AllocationForm(), new ConsolidationForm(), form,
                FormErrors.summary(result, ContextForm.FIELDS));
    }
}
