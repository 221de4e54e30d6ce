package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.homeward.selfassessment.internal.Questionnaire.Area;
import org.homeward.selfassessment.internal.Questionnaire.Question;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Part one, one area at a time: each question with its guidance and Homeward's figures, the answer (the agency's
 * own when agencies answer separately, the partnership's agreed grade otherwise), notes, evidence and actions.
 * Saved area by area, so a session can stop and resume anywhere.
 */
@Controller
class AssessmentAreaController {

    public static class AnswersForm {
        private Map<String, String> grade = new HashMap<>();
        private Map<String, String> note = new HashMap<>();
        private Map<String, String> rationale = new HashMap<>();
        private Map<String, String> moderatedGrade = new HashMap<>();
        private Map<String, String> moderationReason = new HashMap<>();
        private String next;

        public Map<String, String> getGrade() { return grade; }
        public void setGrade(Map<String, String> v) { grade = v; }
        public Map<String, String> getNote() { return note; }
        public void setNote(Map<String, String> v) { note = v; }
        public Map<String, String> getRationale() { return rationale; }
        public void setRationale(Map<String, String> v) { rationale = v; }
        public Map<String, String> getModeratedGrade() { return moderatedGrade; }
        public void setModeratedGrade(Map<String, String> v) { moderatedGrade = v; }
        public Map<String, String> getModerationReason() { return moderationReason; }
        public void setModerationReason(Map<String, String> v) { moderationReason = v; }
        public String getNext() { return next; }
        public void setNext(String v) { next = v; }
    }

    public record EvidenceForm(String question, String figure, String label, String link) {
        static final EvidenceForm NONE = new EvidenceForm(null, null, null, null);
    }

    /** A document uploaded as evidence: the file comes as its own part and is never sent back to the browser. */
    public record DocumentForm(String question, String label, MultipartFile file) {
    }

    public record ActionForm(String question, String text, String owner, String dueDay, String dueMonth, String dueYear) {
        static final ActionForm NONE = new ActionForm(null, null, null, null, null, null);

        DateInput due() {
            return new DateInput(dueDay, dueMonth, dueYear);
        }
    }

    /** A question as the page shows it: its figures now, the evidence attached, and the agencies' own answers. */
    record QuestionView(Question question, int number, List<LiveFigures.Figure> figures, List<CycleEvidence.Evidence> evidence,
                        List<CycleAnswers.AgencyAnswer> agencyAnswers, boolean disagreement, CycleAnswers.Answer answer,
                        List<ActionPlan.Action> actions) {
    }

    private final Cycles cycles;
    private final CycleAnswers cycleAnswers;
    private final AreaAnswering answering;
    private final CycleEvidence cycleEvidence;
    private final ActionPlan actionPlan;
    private final Questionnaires questionnaires;
    private final LiveFigures figures;
    private final java.time.Clock clock;

    AssessmentAreaController(Cycles cycles, CycleAnswers cycleAnswers, AreaAnswering answering, CycleEvidence cycleEvidence, ActionPlan actionPlan,
                             Questionnaires questionnaires, LiveFigures figures, java.time.Clock clock) {
        this.cycles = cycles;
        this.cycleAnswers = cycleAnswers;
        this.answering = answering;
        this.cycleEvidence = cycleEvidence;
        this.actionPlan = actionPlan;
        this.questionnaires = questionnaires;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/self-assessment/{id}/areas/{area}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area, Model model) {
        CycleArea at = open(id, area, user);
        AnswersForm form = stored(at.cycle(), user);
        return page(user, at, form, EvidenceForm.NONE, ActionForm.NONE, Map.of(), model);
    }

    @PostMapping("/self-assessment/{id}/areas/{area}")
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                @ModelAttribute("answersForm") AnswersForm form, Model model, RedirectAttributes redirect) {
        CycleArea at = open(id, area, user);
        Area a = at.area();
        Questionnaire q = at.questionnaire();
        Map<String, String> errors = answering.save(user, at.cycle(), q, a, form);
        if (!errors.isEmpty()) {
            return page(user, at, form, EvidenceForm.NONE, ActionForm.NONE, errors, model);
        }
        redirect.addFlashAttribute("success", a.title() + ": saved");
        int index = q.areas().indexOf(a);
        if ("next".equals(form.next) && index + 1 < q.areas().size()) {
            return "redirect:/self-assessment/" + id + "/areas/" + q.areas().get(index + 1).key();
        }
        return "redirect:/self-assessment/" + id;
    }

    @PostMapping("/self-assessment/{id}/areas/{area}/evidence")
    @Transactional
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                  @ModelAttribute("evidenceForm") EvidenceForm form, Model model, RedirectAttributes redirect) {
        CycleArea at = open(id, area, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Question question = question(at.area(), form.question(), "evidence-question", "Select the question the evidence is for", errors);
        if (question != null && FormChecks.trimmed(form.figure()) != null) {
            LiveFigures.Figure figure = question.evidence().contains(form.figure())
                    ? figures.figure(form.figure(), at.cycle().councilId()).orElse(null) : null;
            if (figure == null) {
                errors.put("evidence-question", "Select one of the question's figures");
            } else {
                cycleEvidence.attach(id, question.key(), "FIGURE", figure.label(), figure.value(), where(at.area(), question),
                        user.displayName());
                redirect.addFlashAttribute("success", "Figure attached as it is now: " + figure.label() + ": " + figure.value());
                return "redirect:/self-assessment/" + id + "/areas/" + area;
            }
        }
        String label = described(form.label(), "evidence-label", errors);
        String link = FormChecks.trimmed(form.link());
        if (link == null) {
            errors.put("evidence-link", "Enter the document's link");
        } else if (link.length() > 500 || !link.matches("https?://[^\\s<>\"]+")) {
            errors.put("evidence-link", "Enter a link starting https:// or http://, of 500 characters or fewer");
        }
        if (!errors.isEmpty()) {
            return page(user, at, null, form, ActionForm.NONE, errors, model);
        }
        cycleEvidence.attach(id, question.key(), "LINK", label, link, where(at.area(), question), user.displayName());
        redirect.addFlashAttribute("success", "Document attached");
        return "redirect:/self-assessment/" + id + "/areas/" + area;
    }

    @PostMapping("/self-assessment/{id}/areas/{area}/documents")
    @Transactional
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                  @ModelAttribute("documentForm") DocumentForm form, Model model, RedirectAttributes redirect) {
        CycleArea at = open(id, area, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Question question = question(at.area(), form.question(), "document-question", "Select the question the document is evidence for", errors);
        String label = described(form.label(), "document-label", errors);
        EvidenceDocuments.Checked checked = EvidenceDocuments.check(form.file());
        if (checked.error() != null) {
            errors.put("document-file", checked.error());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("documentForm", form);
            return page(user, at, null, EvidenceForm.NONE, ActionForm.NONE, errors, model);
        }
        cycleEvidence.attachDocument(id, question.key(), label, checked.document(), where(at.area(), question), user.displayName());
        redirect.addFlashAttribute("success", "Document uploaded: " + checked.document().fileName());
        return "redirect:/self-assessment/" + id + "/areas/" + area;
    }

    /** The area's question a piece of evidence is for, or, where none of them was chosen, the error saying so. */
    private static Question question(Area a, String key, String field, String missing, Map<String, String> errors) {
        Question question = a.questions().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
        if (question == null) {
            errors.put(field, missing);
        }
        return question;
    }

    /** What a piece of evidence is, as the person described it: required, at most 300 characters. */
    private static String described(String raw, String field, Map<String, String> errors) {
        String label = FormChecks.trimmed(raw);
        if (label == null) {
            errors.putIfAbsent(field, "Enter what the document is");
        } else if (label.length() > 300) {
            errors.put(field, "The description must be 300 characters or fewer");
        }
        return label;
    }

    /** Where in the cycle a piece of evidence was attached, for its history. */
    private static String where(Area a, Question question) {
        return a.title() + ", question " + (a.questions().indexOf(question) + 1);
    }

    /** Whoever may see the cycle may download its documents; each download is in the history. */
    @GetMapping("/self-assessment/{id}/evidence/{evidence}/document")
    @Transactional
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                    @PathVariable UUID evidence) {
        cycles.visible(id, user);
        CycleEvidence.StoredDocument document = cycleEvidence.download(id, evidence, user.displayName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    @PostMapping("/self-assessment/{id}/areas/{area}/actions")
    @Transactional
    String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String area,
                     @ModelAttribute("actionForm") ActionForm form, Model model, RedirectAttributes redirect) {
        CycleArea at = open(id, area, user);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = ActionChecks.check(form.question(), at.area(), form.text(), form.owner(), form.due(),
                LocalDate.now(clock.withZone(ClockConfiguration.LONDON)), errors);
        if (!errors.isEmpty()) {
            return page(user, at, null, EvidenceForm.NONE, form, errors, model);
        }
        actionPlan.addAction(id, at.area().key(), FormChecks.trimmed(form.question()), form.text().strip(),
                form.owner().strip(), due, user.displayName());
        redirect.addFlashAttribute("success", "Action added");
        return "redirect:/self-assessment/" + id + "/areas/" + area;
    }

    private static Map<String, List<CycleAnswers.AgencyAnswer>> byQuestion(List<CycleAnswers.AgencyAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(CycleAnswers.AgencyAnswer::questionKey));
    }

    static Area area(Questionnaire q, String key) {
        return q.area(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An area of a cycle, as a request names them, once the person is known to be one who may see the cycle. */
    private record CycleArea(Cycles.Cycle cycle, Questionnaire questionnaire, Area area) {
    }

    private CycleArea open(UUID id, String area, CurrentUser user) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Questionnaire q = questionnaires.of(cycle.questionnaireId());
        return new CycleArea(cycle, q, area(q, area));
    }

    /** The answers as saved: the person's agency's own, or the partnership's. */
    private AnswersForm stored(Cycles.Cycle cycle, CurrentUser user) {
        AnswersForm form = new AnswersForm();
        if (cycle.answeredByAgencyOf(user)) {
            cycleAnswers.agencyAnswers(cycle.id()).stream().filter(x -> x.agencyId().equals(user.agencyId())).forEach(x -> {
                form.grade.put(x.questionKey(), x.grade());
                form.note.put(x.questionKey(), x.note());
            });
            return form;
        }
        cycleAnswers.answers(cycle.id()).values().forEach(x -> {
            form.grade.put(x.questionKey(), x.grade());
            form.note.put(x.questionKey(), x.note());
            form.rationale.put(x.questionKey(), x.rationale());
            form.moderatedGrade.put(x.questionKey(), x.moderatedGrade());
            form.moderationReason.put(x.questionKey(), x.moderationReason());
        });
        return form;
    }

    private String page(CurrentUser user, CycleArea at, AnswersForm answersForm, EvidenceForm evidenceForm,
                        ActionForm actionForm, Map<String, String> errors, Model model) {
        Cycles.Cycle cycle = at.cycle();
        Questionnaire q = at.questionnaire();
        Area a = at.area();
        if (answersForm == null) {
            answersForm = stored(cycle, user);
        }
        Map<String, List<CycleAnswers.AgencyAnswer>> agencyAnswers = byQuestion(cycleAnswers.agencyAnswers(cycle.id()));
        Map<String, CycleAnswers.Answer> answers = cycleAnswers.answers(cycle.id());
        List<CycleEvidence.Evidence> evidence = cycleEvidence.evidence(cycle.id());
        List<ActionPlan.Action> actions = actionPlan.actions(cycle.id());
        List<QuestionView> views = new ArrayList<>();
        for (Question question : a.questions()) {
            List<LiveFigures.Figure> live = question.evidence().stream()
                    .map(f -> figures.figure(f, cycle.councilId()).orElse(null)).filter(Objects::nonNull).toList();
            List<CycleAnswers.AgencyAnswer> theirs = agencyAnswers.getOrDefault(question.key(), List.of());
            views.add(new QuestionView(question, views.size() + 1, live,
                    evidence.stream().filter(e -> e.questionKey().equals(question.key())).toList(), theirs,
                    CycleAnswers.differ(theirs), answers.get(question.key()),
                    actions.stream().filter(x -> question.key().equals(x.questionKey())).toList()));
        }
        int index = q.areas().indexOf(a);
        model.addAttribute("cycle", cycle);
        model.addAttribute("questionnaire", q);
        model.addAttribute("area", a);
        model.addAttribute("areaNumber", index + 1);
        model.addAttribute("last", index + 1 == q.areas().size());
        model.addAttribute("questions", views);
        model.addAttribute("areaActions", actions.stream().filter(x -> x.areaKey().equals(a.key())).toList());
        model.addAttribute("facilitator", cycle.facilitatedBy(user));
        model.addAttribute("agencyMode", cycle.answeredByAgencyOf(user));
        model.addAttribute("agencyName", user.agencyName());
        model.addAttribute("answersForm", answersForm);
        model.addAttribute("evidenceForm", evidenceForm);
        model.addAttribute("actionForm", actionForm);
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", new DocumentForm(null, null, null));
        }
        model.addAttribute("documentAccept", EvidenceDocuments.ACCEPT);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("errors", errors.entrySet().stream().map(e -> new FormErrors.Entry(e.getKey(), e.getValue())).toList());
        return "selfassessment/area";
    }
}
