package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.oversight.Notifier;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The report by area (page, PDF, CSV, email), part two's checklists of flagged areas, and the action plan. */
@Controller
class ReportController {

    static final List<Vocabularies.Term> CHECKLIST_STATUSES = List.of(new Vocabularies.Term("MET", "Met"),
            new Vocabularies.Term("PARTLY", "Partly met"), new Vocabularies.Term("NOT_MET", "Not met"));
    static final Set<String> ACTION_STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE");

    public static class ChecklistForm {
        private Map<String, String> status = new HashMap<>();
        private Map<String, String> note = new HashMap<>();

        public Map<String, String> getStatus() { return status; }
        public void setStatus(Map<String, String> v) { status = v; }
        public Map<String, String> getNote() { return note; }
        public void setNote(Map<String, String> v) { note = v; }
    }

    private final Cycles cycles;
    private final Participants participants;
    private final CycleAnswers cycleAnswers;
    private final CycleEvidence cycleEvidence;
    private final ActionPlan actionPlan;
    private final Checklists checklists;
    private final Surveys surveys;
    private final CycleHistory history;
    private final Questionnaires questionnaires;
    private final Notifier notifier;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final Dates dates;
    private final Clock clock;
    private final String baseUrl;

    ReportController(Cycles cycles, Participants participants, CycleAnswers cycleAnswers, CycleEvidence cycleEvidence,
                     ActionPlan actionPlan, Checklists checklists, Surveys surveys, CycleHistory history,
                     Questionnaires questionnaires, Notifier notifier, PdfRenderer pdf,
                     ITemplateEngine templates, Dates dates, Clock clock,
                     @Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
        this.cycles = cycles;
        this.participants = participants;
        this.cycleAnswers = cycleAnswers;
        this.cycleEvidence = cycleEvidence;
        this.actionPlan = actionPlan;
        this.checklists = checklists;
        this.surveys = surveys;
        this.history = history;
        this.questionnaires = questionnaires;
        this.notifier = notifier;
        this.pdf = pdf;
        this.templates = templates;
        this.dates = dates;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private Report report(Cycles.Cycle cycle) {
        Questionnaire q = questionnaires.of(cycle.questionnaireId());
        return Report.of(cycle, q, cycleAnswers.answers(cycle.id()), cycleEvidence.evidence(cycle.id()), actionPlan.actions(cycle.id()),
                cycle.previousId() == null ? null : cycleAnswers.answers(cycle.previousId()), surveys.surveyCounts(cycle.id()));
    }

    @GetMapping("/self-assessment/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        model.addAttribute("report", report(cycle));
        model.addAttribute("facilitator", cycle.facilitatorId().equals(user.id()));
        model.addAttribute("wantCopies", participants.of(id).stream().filter(p -> p.wantsCopy() && p.email() != null).toList());
        return "selfassessment/report";
    }

    @GetMapping("/self-assessment/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Context context = new Context(Locale.UK);
        context.setVariable("report", report(cycle));
        context.setVariable("dates", dates);
        context.setVariable("printedAt", dates.dateTime(clock.instant()));
        byte[] body = pdf.render(templates.process("selfassessment/report-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + id.toString().substring(0, 8) + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/self-assessment/{id}/report.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + id.toString().substring(0, 8) + ".csv").build().toString())
                .body(report(cycle).csv().getBytes(StandardCharsets.UTF_8));
    }

    /** Emails the answers to each participant who asked for a copy, through the outbox: once each, even across a restart. */
    @PostMapping("/self-assessment/{id}/email")
    @Transactional
    String email(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.facilitated(id, user);
        List<Participants.Participant> to = participants.of(id).stream().filter(p -> p.wantsCopy() && p.email() != null).toList();
        if (to.isEmpty()) {
            redirect.addFlashAttribute("success", "No participant has asked for a copy of the answers");
            return "redirect:/self-assessment/" + id + "/report";
        }
        String link = "/self-assessment/" + id + "/report";
        String text = report(cycle).text(baseUrl + link);
        for (Participants.Participant p : to) {
            notifier.tellWithEmail(p.userId(), "The answers of the self-assessment \u201c" + cycle.name() + "\u201d were emailed to you",
                    link, "Homeward: self-assessment answers", text);
        }
        history.change(id, "Answers emailed", null, String.join(", ", to.stream().map(Participants.Participant::name).toList()),
                user.displayName());
        redirect.addFlashAttribute("success", "The answers are being emailed to " + to.size()
                + (to.size() == 1 ? " participant" : " participants"));
        return "redirect:/self-assessment/" + id + "/report";
    }

    @GetMapping("/self-assessment/{id}/checklists/{area}")
    String checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                     Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Report report = report(cycle);
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
        Report report = report(cycle);
        Report.AreaRow row = flaggedArea(report, area);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.ChecklistItem item : row.result().area().checklist()) {
            String status = FormChecks.trimmed(form.status.get(item.key()));
            if (status != null && CHECKLIST_STATUSES.stream().noneMatch(t -> t.code().equals(status))) {
                errors.put("status-" + item.key(), "Select met, partly met or not met");
            }
            String note = form.note.get(item.key());
            if (note != null && note.length() > AssessmentAreaController.NOTE_LENGTH) {
                errors.put("note-" + item.key(), "The note must be " + AssessmentAreaController.NOTE_LENGTH + " characters or fewer");
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
        Report report = report(cycle);
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

    @GetMapping("/self-assessment/{id}/actions")
    String actions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        model.addAttribute("report", report(cycle));
        return "selfassessment/actions";
    }

    @PostMapping("/self-assessment/{id}/actions/{action}")
    @Transactional
    String actionStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID action,
                        @RequestParam(required = false) String status, RedirectAttributes redirect) {
        cycles.visible(id, user);
        ActionPlan.Action a = actionPlan.action(action).filter(x -> x.cycleId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!FormChecks.oneOf(status, ACTION_STATUSES)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        actionPlan.actionStatus(a, status, user.displayName());
        redirect.addFlashAttribute("success", "Action: " + a.text() + ": " + switch (status) {
            case "DONE" -> "done";
            case "IN_PROGRESS" -> "in progress";
            default -> "open";
        });
        return "redirect:/self-assessment/" + id + "/actions";
    }
}
