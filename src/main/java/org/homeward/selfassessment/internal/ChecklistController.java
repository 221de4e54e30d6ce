package org.homeward.selfassessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Part two: the checklist of each area the report flags, and the actions agreed on it. */
@Controller
class ChecklistController {

    static final List<Vocabularies.Term> CHECKLIST_STATUSES = List.of(new Vocabularies.Term("MET", "Met"),
            new Vocabularies.Term("PARTLY", "Partly met"), new Vocabularies.Term("NOT_MET", "Not met"));

    public static class ChecklistForm {
        private Map<String, String> status = new HashMap<>();
        private Map<String, String> note = new HashMap<>();

        public Map<String, String> getStatus() { return status; }
        public void setStatus(Map<String, String> v) { status = v; }
        public Map<String, String> getNote() { return note; }
        public void setNote(Map<String, String> v) { note = v; }
    }

    private final Cycles cycles;
    private final CycleReports reports;
    private final Checklists checklists;
    private final ActionPlan actionPlan;
    private final Clock clock;

    ChecklistController(Cycles cycles, CycleReports reports, Checklists checklists, ActionPlan actionPlan, Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.checklists = checklists;
        this.actionPlan = actionPlan;
        this.clock = clock;
    }

    @GetMapping("/self-assessment/{id}/checklists/{area}")
    String checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                     Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Report report = reports.of(cycle);
        Report.AreaRow row = flaggedArea(report, area);
        ChecklistForm form = new ChecklistForm();
        checklists.checklist(id).values().stream().filter(c -> c.areaKey().equals(area)).forEach(c -> {
            form.status.put(c.itemKey(), c.status());
            form.note.put(c.itemKey(), c.note());
        });
        return checklistPage(cycle, report, row, form, AssessmentAreaController.ActionForm.NONE, Map.of(), model);
    }

    @PostMapping("/self-assessment/{id}/checklists/{area}")
    @Transactional
    String saveChecklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                         @ModelAttribute("checklistForm") ChecklistForm form, Model model, RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Report report = reports.of(cycle);
        Report.AreaRow row = flaggedArea(report, area);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.ChecklistItem item : row.result().area().checklist()) {
            String status = FormChecks.trimmed(form.status.get(item.key()));
            if (status != null && CHECKLIST_STATUSES.stream().noneMatch(t -> t.code().equals(status))) {
                errors.put("status-" + item.key(), "Select met, partly met or not met");
            }
            String note = form.note.get(item.key());
            if (note != null && note.length() > CycleAnswers.NOTE_LENGTH) {
                errors.put("note-" + item.key(), "The note must be " + CycleAnswers.NOTE_LENGTH + " characters or fewer");
            }
        }
        if (!errors.isEmpty()) {
            return checklistPage(cycle, report, row, form, AssessmentAreaController.ActionForm.NONE, errors, model);
        }
        int n = 0;
        for (Questionnaire.ChecklistItem item : row.result().area().checklist()) {
            n++;
            checklists.saveChecklist(id, area, item.key(), FormChecks.trimmed(form.status.get(item.key())),
                    FormChecks.trimmed(form.note.get(item.key())),
                    "Checklist " + row.result().area().title() + ", item " + n, user.displayName());
        }
        redirect.addFlashAttribute("success", "Checklist saved: " + row.result().area().title());
        return "redirect:/self-assessment/" + id + "/checklists/" + area;
    }

    @PostMapping("/self-assessment/{id}/checklists/{area}/actions")
    @Transactional
    String checklistAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                           @ModelAttribute("actionForm") AssessmentAreaController.ActionForm form, Model model,
                           RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Report report = reports.of(cycle);
        Report.AreaRow row = flaggedArea(report, area);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = ActionChecks.check(null, row.result().area(), form.text(), form.owner(), form.due(),
                LocalDate.now(clock.withZone(ClockConfiguration.LONDON)), errors);
        if (!errors.isEmpty()) {
            ChecklistForm checklist = new ChecklistForm();
            return checklistPage(cycle, report, row, checklist, form, errors, model);
        }
        actionPlan.addAction(id, area, null, form.text().strip(), form.owner().strip(), due, user.displayName());
        redirect.addFlashAttribute("success", "Action added");
        return "redirect:/self-assessment/" + id + "/checklists/" + area;
    }

    private static Report.AreaRow flaggedArea(Report report, String area) {
        return report.flagged().stream().filter(r -> r.result().area().key().equals(area)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String checklistPage(Cycles.Cycle cycle, Report report, Report.AreaRow row, ChecklistForm form,
                                 AssessmentAreaController.ActionForm actionForm, Map<String, String> errors, Model model) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("questionnaire", report.questionnaire());
        model.addAttribute("row", row);
        model.addAttribute("statuses", CHECKLIST_STATUSES);
        model.addAttribute("checklistForm", form);
        model.addAttribute("answers", checklists.checklist(cycle.id()));
        model.addAttribute("actionForm", actionForm);
        model.addAttribute("areaActions", report.actions().stream().filter(a -> a.areaKey().equals(row.result().area().key())).toList());
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("errors", errors.entrySet().stream().map(e -> new FormErrors.Entry(e.getKey(), e.getValue())).toList());
        return "selfassessment/checklist";
    }
}
