package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practitioner survey: while the facilitator keeps it open, anyone signed in grades each area on the
 * questionnaire's scale, and the report sets the results beside the partnership's own. Answers are kept under
 * a hash of the cycle and the person: they can be changed, never attributed.
 */
@Controller
class SurveyController {

    public static class SurveyForm {
        private Map<String, String> grade = new HashMap<>();

        public Map<String, String> getGrade() { return grade; }
        public void setGrade(Map<String, String> v) { grade = v; }
    }

    private final Cycles cycles;
    private final Surveys surveys;
    private final Questionnaires questionnaires;

    SurveyController(Cycles cycles, Surveys surveys, Questionnaires questionnaires) {
        this.cycles = cycles;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
    }

    private Cycles.Cycle open(UUID id) {
        return cycles.find(id).filter(Cycles.Cycle::surveyOpen)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/self-assessment/{id}/survey")
    String survey(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = open(id);
        SurveyForm form = new SurveyForm();
        form.grade.putAll(surveys.surveyAnswers(id, respondent(id, user)));
        return page(cycle, form, Map.of(), model);
    }

    @PostMapping("/self-assessment/{id}/survey")
    @Transactional
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("surveyForm") SurveyForm form, Model model, RedirectAttributes redirect) {
        Cycles.Cycle cycle = open(id);
        Questionnaire q = questionnaires.of(cycle.questionnaireId());
        Map<String, String> grades = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.Area area : q.areas()) {
            String grade = FormChecks.trimmed(form.grade.get(area.key()));
            if (grade == null) {
                continue;
            }
            if (q.grade(grade).isEmpty()) {
                errors.put("grade-" + area.key(), "Select a grade for " + area.title() + " from the scale");
            } else {
                grades.put(area.key(), grade);
            }
        }
        if (errors.isEmpty() && grades.isEmpty()) {
            errors.put("grade-" + q.areas().get(0).key(), "Grade at least one area");
        }
        if (!errors.isEmpty()) {
            return page(cycle, form, errors, model);
        }
        surveys.saveSurvey(id, respondent(id, user), grades);
        redirect.addFlashAttribute("success", "Thank you: your answers are saved. You can change them while the survey is open.");
        return "redirect:/self-assessment/" + id + "/survey";
    }

    @PostMapping("/self-assessment/{id}/survey/open")
    @Transactional
    String openOrClose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestParam(required = false) String open, RedirectAttributes redirect) {
        cycles.facilitated(id, user);
        if (!FormChecks.oneOf(open, java.util.Set.of("yes", "no"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        surveys.openSurvey(id, "yes".equals(open), user.displayName());
        redirect.addFlashAttribute("success", "yes".equals(open)
                ? "The practitioner survey is open at /self-assessment/" + id + "/survey" : "The practitioner survey is closed");
        return "redirect:/self-assessment/" + id + "/report";
    }

    private String page(Cycles.Cycle cycle, SurveyForm form, Map<String, String> errors, Model model) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("questionnaire", questionnaires.of(cycle.questionnaireId()));
        model.addAttribute("surveyForm", form);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("errors", errors.entrySet().stream().map(e -> new FormErrors.Entry(e.getKey(), e.getValue())).toList());
        return "selfassessment/survey";
    }

    /** The same for one person and cycle every time; says nothing of who they are. */
    static String respondent(UUID cycle, CurrentUser user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((cycle + ":" + user.id()).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
