package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator's pages of questionnaire versions: load or edit a file, read one, download it. */
@Controller
class QuestionnaireController {

    public static class LoadForm {
        private String content;

        public String getContent() { return content; }
        public void setContent(String v) { content = v; }
    }

    private final Questionnaires questionnaires;
    private final SelfAssessmentAccess access;

    QuestionnaireController(Questionnaires questionnaires, SelfAssessmentAccess access) {
        this.questionnaires = questionnaires;
        this.access = access;
    }

    @GetMapping("/admin/self-assessment")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        SelfAssessmentAccess.require(access.mayReadQuestionnaires(user));
        Keyset.Page<Questionnaires.Row> page = questionnaires.page(Keyset.of(after, before, 25));
        model.addAttribute("rows", page.rows());
        model.addAttribute("pagination", Pagination.keyset(ServletUriComponentsBuilder.fromCurrentRequest(), page));
        model.addAttribute("mayLoad", access.mayManageQuestionnaires(user));
        return "selfassessment/questionnaires";
    }

    @GetMapping("/admin/self-assessment/load")
    String loadForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID from, Model model) {
        SelfAssessmentAccess.require(access.mayManageQuestionnaires(user));
        LoadForm form = new LoadForm();
        if (from != null) {
            form.setContent(QuestionnaireFiles.yaml(questionnaire(from)));
        }
        model.addAttribute("loadForm", form);
        return "selfassessment/load";
    }

    @PostMapping("/admin/self-assessment/load")
    String load(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("loadForm") LoadForm form, Model model,
                RedirectAttributes redirect) {
        SelfAssessmentAccess.require(access.mayManageQuestionnaires(user));
        Questionnaires.Loaded loaded = questionnaires.load(form.getContent(), user.displayName());
        if (!loaded.problems().isEmpty()) {
            model.addAttribute("errors", loaded.problems().stream().map(p -> new FormErrors.Entry("content", p)).toList());
            model.addAttribute("problems", loaded.problems());
            return "selfassessment/load";
        }
        redirect.addFlashAttribute("success", loaded.alreadyLoaded()
                ? "This questionnaire was already loaded: nothing changed" : "Questionnaire loaded");
        return "redirect:/admin/self-assessment/" + loaded.id();
    }

    @GetMapping("/admin/self-assessment/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        SelfAssessmentAccess.require(access.mayReadQuestionnaires(user));
        model.addAttribute("row", questionnaires.row(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("questionnaire", questionnaire(id));
        model.addAttribute("mayLoad", access.mayManageQuestionnaires(user));
        return "selfassessment/questionnaire";
    }

    @GetMapping("/admin/self-assessment/{id}/questionnaire.yaml")
    ResponseEntity<byte[]> yaml(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        SelfAssessmentAccess.require(access.mayReadQuestionnaires(user));
        return file(QuestionnaireFiles.yaml(questionnaire(id)), "yaml", MediaType.parseMediaType("application/yaml"));
    }

    @GetMapping("/admin/self-assessment/{id}/questionnaire.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        SelfAssessmentAccess.require(access.mayReadQuestionnaires(user));
        return file(QuestionnaireFiles.json(questionnaire(id)), "json", MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<byte[]> file(String body, String extension, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("questionnaire." + extension).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private Questionnaire questionnaire(UUID id) {
        return questionnaires.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
