package org.homeward.caseaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.caseaudit.internal.CaseAuditForms.LineAnswer;
import org.homeward.caseaudit.internal.CaseAuditForms.PartForm;
import org.homeward.caseaudit.internal.CaseAuditForms.TextForm;
import org.homeward.child.Children;
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
 * One agency's part of a sampled case: the evidence Homeward gathered for each line of enquiry, the
 * auditor's grades and notes, the moderator's view and the lead's resolution, and a safeguarding concern
 * raised at once. Every view is a read of the child's record, audited.
 */
@Controller
class CaseAuditPartController {

    private final CaseAudits audits;
    private final PartReview review;
    private final SafeguardingConcerns concerns;
    private final CaseAuditAccess access;
    private final Evidence evidence;
    private final Children children;
    private final AuditTrail trail;
    private final Refusals refusals;
    private final java.time.Clock clock;

    CaseAuditPartController(CaseAudits audits, PartReview review, SafeguardingConcerns concerns, CaseAuditAccess access,
                            Evidence evidence, Children children, AuditTrail trail, Refusals refusals, java.time.Clock clock) {
        this.audits = audits;
        this.review = review;
        this.concerns = concerns;
        this.access = access;
        this.evidence = evidence;
        this.children = children;
        this.trail = trail;
        this.refusals = refusals;
        this.clock = clock;
    }

    public record Opened(CaseAudits.Audit audit, CaseAudits.SampledCase sampled, CaseAudits.Part part,
                  CaseAudits.Template template, List<CaseAudits.Line> lines) {
    }

    private Opened open(CurrentUser user, UUID id) {
        CaseAudits.Part part = audits.part(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseAudits.Audit audit = audits.audit(part.auditId()).orElseThrow();
        CaseAudits.SampledCase sampled = audits.sampledCase(part.caseId()).orElseThrow();
        refusals.require(access.mayReadPart(user, audit, part, sampled), "case_audit_part", id, List.of(part.childId()));
        CaseAudits.Template template = audits.template(audit.templateId()).orElseThrow();
        return new Opened(audit, sampled, part, template, audits.lines(template.id()));
    }

    /** Opens the part for someone allowed to act on it as asked, refusing (and recording) anyone else. */
    private Opened openFor(CurrentUser user, UUID id, Predicate<Opened> allowed) {
        Opened o = open(user, id);
        refusals.require(allowed.test(o), "case_audit_part", id, List.of(o.part().childId()));
        return o;
    }

    @GetMapping("/case-audit-parts/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Opened o = open(user, id);
        return page(user, o, model, saved(o), new TextForm(), List.of());
    }

    /** The form as saved: the auditor's draft grades while the part is being audited, blank answers after. */
    private PartForm saved(Opened o) {
        Map<UUID, CaseAudits.Grade> grades = grades(o);
        PartForm form = new PartForm();
        List<LineAnswer> answers = new ArrayList<>();
        for (CaseAudits.Line line : o.lines()) {
            LineAnswer answer = new LineAnswer();
            CaseAudits.Grade g = grades.get(line.id());
            if (g != null && o.part().beingAudited()) {
                answer.setGrade(g.grade());
                answer.setNote(g.note());
            }
            answers.add(answer);
        }
        form.setLines(answers);
        form.setPractitionerConversation(o.part().practitionerConversation());
        form.setFamilyFeedback(o.part().familyFeedback());
        return form;
    }

    private Map<UUID, CaseAudits.Grade> grades(Opened o) {
        return audits.grades(o.part().id()).stream().collect(Collectors.toMap(CaseAudits.Grade::lineId, g -> g));
    }

    private String page(CurrentUser user, Opened o, Model model, PartForm form, TextForm concern,
                        List<FormErrors.Entry> errors) {
        trail.record(AuditAction.VIEW, o.part().subject(), List.of(), "Case-file audit part");
        model.addAttribute("audit", o.audit());
        model.addAttribute("sampled", o.sampled());
        model.addAttribute("part", o.part());
        model.addAttribute("template", o.template());
        model.addAttribute("lines", o.lines());
        model.addAttribute("grades", grades(o));
        model.addAttribute("child", children.summary(o.part().childId()).orElseThrow());
        boolean auditing = o.audit().runsOn(access.today());
        model.addAttribute("evidence", auditing
                ? evidence.gather(o.part().childId(), o.lines(), o.audit().periodFrom(), clock.instant(),
                        new Evidence.Scope(o.part().agencyId(), o.part().agencyKind())) : Map.of());
        model.addAttribute("mayGrade", access.mayGrade(user, o.audit(), o.part()));
        model.addAttribute("mayModerate", access.mayModerate(user, o.audit(), o.part()));
        model.addAttribute("mayResolve", access.mayResolve(user, o.audit(), o.part()));
        model.addAttribute("mayRaiseConcern", access.mayRaiseConcern(user, o.audit(), o.part()));
        model.addAttribute("concerns", audits.concerns(o.part().id()));
        model.addAttribute("scale", o.template().gradeScale().stream()
                .map(g -> new CaseAuditController.Choice(g, g)).toList());
        model.addAttribute("agreement", List.of(new CaseAuditController.Choice("AGREE", "Agree"),
                new CaseAuditController.Choice("DISAGREE", "Disagree")));
        model.addAttribute("partForm", form);
        model.addAttribute("concernForm", concern);
        model.addAttribute("errors", errors);
        return "caseaudit/part";
    }

    @PostMapping("/case-audit-parts/{id}")
    @Transactional
    String grade(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @ModelAttribute("partForm") PartForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        Opened o = openFor(user, id, x -> access.mayGrade(user, x.audit(), x.part()));
        boolean saved = review.grade(o.template(), o.lines(), o.part(), form, result);
        return after(saved, !"yes".equals(form.getSubmit()) ? "Audit saved: submit it when every line is graded"
                        : o.part().moderatorId() == null ? "Audit submitted" : "Audit submitted for moderation",
                user, o, model, form, result, redirect);
    }

    @PostMapping("/case-audit-parts/{id}/moderation")
    @Transactional
    String moderate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @ModelAttribute("partForm") PartForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        Opened o = openFor(user, id, x -> access.mayModerate(user, x.audit(), x.part()));
        return after(review.moderate(o.audit(), o.lines(), o.part(), form, result), "Moderation recorded",
                user, o, model, form, result, redirect);
    }

    @PostMapping("/case-audit-parts/{id}/resolution")
    @Transactional
    String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("partForm") PartForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Opened o = openFor(user, id, x -> access.mayResolve(user, x.audit(), x.part()));
        return after(review.resolve(o.template(), o.lines(), o.part(), audits.grades(id), form, result),
                "Disagreement resolved", user, o, model, form, result, redirect);
    }

    /** Back to the part saying what was done, or the page again with the grades as typed and what to fix. */
    private String after(boolean saved, String done, CurrentUser user, Opened o, Model model, PartForm form,
                         BindingResult result, RedirectAttributes redirect) {
        if (!saved) {
            return page(user, o, model, form, new TextForm(),
                    FormErrors.summary(result, PartForm.fields(o.lines().size())));
        }
        redirect.addFlashAttribute("success", done);
        return "redirect:/case-audit-parts/" + o.part().id();
    }

    @PostMapping("/case-audit-parts/{id}/concern")
    @Transactional
    String concern(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("concernForm") TextForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Opened o = openFor(user, id, x -> access.mayRaiseConcern(user, x.audit(), x.part()));
        if (concerns.raise(user, o.part(), form, result)) {
            redirect.addFlashAttribute("success", "Concern raised: the child's team has a task to act on it today");
            return "redirect:/case-audit-parts/" + id;
        }
        return page(user, o, model, saved(o), form, FormErrors.summary(result, TextForm.FIELDS));
    }
}
