package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeController.require;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steps of an episode: grade the risk, record the return, the safe-and-well check, close. */
@Controller
class EpisodeActionsController {

    private final PoliceGrading policeGrading;
    private final ReturnRecording returns;
    private final EpisodeClosure closure;
    private final EpisodeRecords records;
    private final EpisodePage page;
    private final Children children;
    private final Vocabularies vocabularies;
    private final EpisodePermissions permissions;
    private final Clock clock;

    EpisodeActionsController(PoliceGrading policeGrading, ReturnRecording returns, EpisodeClosure closure,
                             EpisodeRecords records, EpisodePage page, Children children, Vocabularies vocabularies,
                             EpisodePermissions permissions, Clock clock) {
        this.policeGrading = policeGrading;
        this.returns = returns;
        this.closure = closure;
        this.records = records;
        this.page = page;
        this.children = children;
        this.vocabularies = vocabularies;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/grading")
    String gradingForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayGradeRisk(user));
        Episode episode = episode(id);
        GradingForm form = new GradingForm();
        List<EpisodeRecords.Grading> gradings = records.gradings(id);
        form.setClassification(gradings.isEmpty() ? "MISSING" : gradings.get(0).classification());
        form.setRiskLevel(gradings.isEmpty() ? null : gradings.get(0).riskLevel());
        return grading(model, episode, form);
    }

    @PostMapping("/episodes/{id}/grading")
    String grade(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("gradingForm") GradingForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        require(permissions.mayGradeRisk(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, GradingForm.FIELD_ORDER, e -> grading(model, e, form))
                .record(episode, () -> policeGrading.grade(episode, form, result, user), "Risk level recorded", redirect);
    }

    @GetMapping("/episodes/{id}/located")
    String locatedForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayRecordReturn(user));
        Episode episode = episode(id);
        LocatedForm form = new LocatedForm();
        form.setVersion(String.valueOf(episode.version()));
        return located(model, episode, form);
    }

    @PostMapping("/episodes/{id}/located")
    String locate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("locatedForm") LocatedForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        require(permissions.mayRecordReturn(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, LocatedForm.FIELD_ORDER, e -> located(model, e, form))
                .keptWhenStale("Someone else changed this episode while you were recording the return. Check the "
                        + "episode, then save again; your answers are kept", form::setVersion)
                .record(episode, () -> returns.locate(episode, form, result, user),
                        "Return recorded. A return home interview must now be offered within 72 hours", redirect);
    }

    @GetMapping("/episodes/{id}/safe-and-well")
    String checkForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayRecordSafeAndWellCheck(user));
        CheckForm form = new CheckForm();
        form.setOfficer(user.displayName());
        return check(model, episode(id), form);
    }

    @PostMapping("/episodes/{id}/safe-and-well")
    String recordCheck(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @Valid @ModelAttribute("checkForm") CheckForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        require(permissions.mayRecordSafeAndWellCheck(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, CheckForm.FIELD_ORDER, e -> check(model, e, form))
                .record(episode, () -> returns.recordCheck(episode, form, result, user),
                        "Safe and well check recorded. It is visible to children's social care on this episode", redirect);
    }

    @PostMapping("/episodes/{id}/safe-and-well/share")
    String share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("shareForm") ShareForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        require(permissions.mayRecordSafeAndWellCheck(user) || permissions.mayCloseEpisode(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, ShareForm.FIELD_ORDER, e -> {
            page.fill(model, e, child(e), user);
            return "episode/show";
        }).record(episode, () -> returns.share(episode, form, result, user), "Sharing recorded", redirect);
    }

    @GetMapping("/episodes/{id}/police-closure")
    String policeClosureForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayGradeRisk(user));
        return policeClosure(model, episode(id), new PoliceClosureForm());
    }

    @PostMapping("/episodes/{id}/police-closure")
    String recordPoliceClosure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                               @Valid @ModelAttribute("policeClosureForm") PoliceClosureForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        require(permissions.mayGradeRisk(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, PoliceClosureForm.FIELD_ORDER, e -> policeClosure(model, e, form))
                .record(episode, () -> closure.recordPoliceClosure(episode, form, result, user), "Police closure recorded",
                        redirect);
    }

    @GetMapping("/episodes/{id}/close")
    String closeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayCloseEpisode(user));
        Episode episode = episode(id);
        CloseForm form = new CloseForm();
        form.setVersion(String.valueOf(episode.version()));
        records.closeRequest(id).ifPresent(r -> form.setClosureNote(r.note()));
        return close(model, episode, form);
    }

    @PostMapping("/episodes/{id}/close")
    String doClose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        require(permissions.mayCloseEpisode(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, CloseForm.FIELD_ORDER, e -> close(model, e, form))
                .keptWhenStale("Someone else changed this episode since you opened it. Check it, then close it again",
                        form::setVersion)
                .record(episode, () -> switch (closure.close(episode, form, result, user)) {
                    case REFUSED -> Optional.empty();
                    case WAITING -> Optional.of("Your note is kept. The episode will close as soon as "
                            + String.join(" and ", closure.waitingOn(episode(id))));
                    case CLOSED -> Optional.of("Episode closed");
                }, redirect);
    }

    private String grading(Model model, Episode episode, GradingForm form) {
        LocalDate on = episode.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        model.addAttribute("classifications", vocabularies.termsInForce("police-classification", on));
        model.addAttribute("riskLevels", vocabularies.termsInForce("police-risk", on));
        return step(model, episode, "gradingForm", form, "episode/grading");
    }

    private String located(Model model, Episode episode, LocatedForm form) {
        model.addAttribute("returnMethods", vocabularies.termsInForce("return-method", today()));
        return step(model, episode, "locatedForm", form, "episode/located");
    }

    private String check(Model model, Episode episode, CheckForm form) {
        model.addAttribute("methods", List.of(new Vocabularies.Term("FACE_TO_FACE", "Face to face"),
                new Vocabularies.Term("PHONE", "By phone")));
        model.addAttribute("yesNo", List.of(new Vocabularies.Term("yes", "Yes"), new Vocabularies.Term("no", "No")));
        return step(model, episode, "checkForm", form, "episode/check");
    }

    private String policeClosure(Model model, Episode episode, PoliceClosureForm form) {
        return step(model, episode, "policeClosureForm", form, "episode/police-closure");
    }

    private String close(Model model, Episode episode, CloseForm form) {
        model.addAttribute("waitingOn", closure.waitingOn(episode));
        return step(model, episode, "closeForm", form, "episode/close");
    }

    /** Every step's page shows the episode and the child above its form. */
    private String step(Model model, Episode episode, String formName, Object form, String view) {
        model.addAttribute("episode", episode);
        model.addAttribute("child", child(episode));
        model.addAttribute(formName, form);
        return view;
    }

    private Episode episode(UUID id) {
        return records.find(id).orElseThrow(EpisodeNotFoundException::new);
    }

    private ChildSummary child(Episode episode) {
        return children.summary(episode.childId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }
}
