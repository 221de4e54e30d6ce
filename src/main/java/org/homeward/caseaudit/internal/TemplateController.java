package org.homeward.caseaudit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.caseaudit.internal.CaseAuditForms.TemplateForm;
import org.homeward.platform.web.FormChecks;
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
 * Administrators change an audit template: each change is a new version, and an audit keeps the version it
 * was planned with. A line keeps what Homeward gathers for it; a new line gathers nothing until a release names it.
 */
@Controller
class TemplateController {

    /** Room for new lines below the template's own. */
    private static final int SPARE_LINES = 2;
    private static final int MAX_LINES = 20;

    private final CaseAudits audits;
    private final CaseAuditAccess access;
    private final AuditTrail trail;
    private final Refusals refusals;
    private final Clock clock;

    TemplateController(CaseAudits audits, CaseAuditAccess access, AuditTrail trail, Refusals refusals, Clock clock) {
        this.audits = audits;
        this.access = access;
        this.trail = trail;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/admin/case-audit-templates")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(access.mayEditTemplates(user), "case_audit_template", null, List.of());
        model.addAttribute("templates", audits.currentTemplates());
        return "caseaudit/templates";
    }

    private CaseAudits.Template template(UUID id) {
        return audits.template(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/admin/case-audit-templates/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        refusals.require(access.mayEditTemplates(user), "case_audit_template", id, List.of());
        CaseAudits.Template template = template(id);
        TemplateForm form = new TemplateForm();
        form.setName(template.name());
        form.setDescription(template.description());
        form.setGradeScale(String.join("\n", template.gradeScale()));
        List<CaseAudits.Line> lines = audits.lines(id);
        lines.forEach(l -> form.getHeadings().add(l.heading()));
        for (int n = 0; n < SPARE_LINES; n++) {
            form.getHeadings().add("");
        }
        return form(template, lines, form, model, List.of());
    }

    private String form(CaseAudits.Template template, List<CaseAudits.Line> lines, TemplateForm form, Model model,
                        List<FormErrors.Entry> errors) {
        List<String> gathers = new ArrayList<>();
        for (int n = 0; n < form.getHeadings().size(); n++) {
            gathers.add(n < lines.size() ? Evidence.label(lines.get(n).evidence()) : Evidence.label(null));
        }
        model.addAttribute("template", template);
        model.addAttribute("gathers", gathers);
        model.addAttribute("templateForm", form);
        model.addAttribute("errors", errors);
        return "caseaudit/template";
    }

    @PostMapping("/admin/case-audit-templates/{id}")
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @ModelAttribute("templateForm") TemplateForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        refusals.require(access.mayEditTemplates(user), "case_audit_template", id, List.of());
        CaseAudits.Template template = template(id);
        List<CaseAudits.Line> previous = audits.lines(id);
        if (form.getHeadings() == null || form.getHeadings().isEmpty()) {
            form.setHeadings(new ArrayList<>(List.of("")));
        }
        List<String> headings = form.getHeadings();
        FormChecks.required(form.getName(), "name", "Enter the template's name", result);
        FormChecks.maxLength(form.getName(), 200, "name", "The name must be 200 characters or fewer", result);
        FormChecks.maxLength(form.getDescription(), 2000, "description", "The description must be 2000 characters or fewer", result);
        List<String> scale = form.getGradeScale() == null ? List.of()
                : form.getGradeScale().lines().map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
        if (scale.size() < 2 || scale.size() > 10) {
            result.rejectValue("gradeScale", "size", "Enter from 2 to 10 grades, one on each line, best first");
        } else if (scale.stream().anyMatch(g -> g.length() > 60)) {
            result.rejectValue("gradeScale", "long", "Each grade must be 60 characters or fewer");
        }
        List<CaseAudits.Line> lines = new ArrayList<>();
        for (int n = 0; n < headings.size() && n < MAX_LINES + SPARE_LINES; n++) {
            String heading = FormChecks.trimmed(headings.get(n));
            if (heading == null) {
                continue;
            }
            if (heading.length() > 500) {
                result.rejectValue("headings[" + n + "]", "long", "Each line of enquiry must be 500 characters or fewer");
            }
            lines.add(new CaseAudits.Line(null, lines.size() + 1, heading,
                    n < previous.size() ? previous.get(n).evidence() : null));
        }
        if (lines.isEmpty() && !result.hasErrors()) {
            result.rejectValue("headings[0]", "required", "Enter at least one line of enquiry");
        } else if (lines.size() > MAX_LINES) {
            result.rejectValue("headings[0]", "many", "A template can have " + MAX_LINES + " lines of enquiry at most");
        }
        if (result.hasErrors()) {
            return form(template, previous, form, model, FormErrors.summary(result, TemplateForm.fields(headings.size())));
        }
        UUID version = audits.addTemplateVersion(template, form.getName().strip(), FormChecks.trimmed(form.getDescription()),
                scale, lines, clock.instant(), user.id());
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_template", version, null),
                List.of("name", "gradeScale", "lines"), null);
        redirect.addFlashAttribute("success", "Saved as a new version: audits already planned keep theirs");
        return "redirect:/admin/case-audit-templates";
    }
}
