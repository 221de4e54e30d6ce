package org.homeward.episode.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.Placements;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** Reporting a child missing, the episode page, and changing an episode's details. */
@Controller
class EpisodeController {

    private final EpisodeService service;
    private final EpisodeRecords records;
    private final EpisodePage page;
    private final Children children;
    private final Placements placements;
    private final Directory directory;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final Clock clock;

    EpisodeController(EpisodeService service, EpisodeRecords records, EpisodePage page, Children children,
                      Placements placements, Directory directory, Vocabularies vocabularies, AccessPolicy policy,
                      Clock clock) {
        this.service = service;
        this.records = records;
        this.page = page;
        this.children = children;
        this.placements = placements;
        this.directory = directory;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/episodes")
    String childEpisodes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayViewChild(user, id));
        ChildSummary child = child(id);
        model.addAttribute("child", child);
        model.addAttribute("episodes", records.forChild(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("mayReport", policy.mayReportMissing(user));
        return "episode/child-episodes";
    }

    @GetMapping("/children/{id}/episodes/new")
    String reportForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayReportMissing(user));
        ChildSummary child = child(id);
        EpisodeForm form = new EpisodeForm();
        boolean placed = placements.on(id, today()).isPresent();
        form.setCategory(child.lookedAfter() ? "MISSING_FROM_CARE" : "MISSING_FROM_HOME");
        form.setMissingFrom(placed ? "PLACEMENT" : "HOME");
        return reportPage(model, child, form);
    }

    @PostMapping("/children/{id}/episodes")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("episodeForm") EpisodeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        require(policy.mayReportMissing(user));
        ChildSummary child = child(id);
        Optional<Episode> episode = service.report(child, form, result, user);
        if (episode.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, EpisodeForm.FIELD_ORDER));
            return reportPage(model, child, form);
        }
        redirect.addFlashAttribute("success", episode.get().retrospective()
                ? "Episode recorded after the event for " + child.name()
                : child.name() + " reported missing. Share the police information pack with the police");
        return "redirect:/episodes/" + episode.get().id();
    }

    @GetMapping("/episodes/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayFindChildren(user));
        Episode found = records.find(id).orElseThrow(EpisodeNotFoundException::new);
        require(policy.mayViewChild(user, found.childId()));
        Episode episode = service.open(id);
        page.fill(model, episode, child(episode.childId()), user);
        return "episode/show";
    }

    @GetMapping("/episodes/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayReportMissing(user));
        Episode episode = service.open(id);
        return editPage(model, episode, toForm(episode));
    }

    @PostMapping("/episodes/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("episodeForm") EpisodeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        require(policy.mayReportMissing(user));
        Episode current = records.find(id).orElseThrow(EpisodeNotFoundException::new);
        ChildSummary child = child(current.childId());
        return new StepAnswers(result, model, EpisodeForm.FIELD_ORDER, e -> editPage(model, e, form))
                .keptWhenStale("Someone else changed this episode while you were editing it. What is now saved is "
                        + "shown beside the form; your answers are kept. Check them, then save again", form::setVersion)
                .record(current, () -> service.update(current, child, form, result, user)
                        .map(updated -> "Episode details saved"), redirect);
    }

    private EpisodeForm toForm(Episode e) {
        EpisodeForm f = new EpisodeForm();
        f.setCategory(e.category());
        f.setMissingFrom(e.missingFrom());
        setTime(e.lastSeenAt(), f::setLastSeenDay, f::setLastSeenMonth, f::setLastSeenYear, f::setLastSeenTime);
        f.setLastSeenPlace(e.lastSeenPlace());
        f.setClothing(e.clothing());
        f.setWithWhom(e.withWhom());
        f.setCircumstances(e.circumstances());
        f.setReported(e.reportedToPoliceAt() == null ? "no" : "yes");
        setTime(e.reportedToPoliceAt(), f::setReportedDay, f::setReportedMonth, f::setReportedYear, f::setReportedTime);
        f.setReportedBy(e.reportedBy());
        f.setPoliceForceId(e.policeForceId() == null ? null : e.policeForceId().toString());
        f.setPoliceReference(e.policeReference());
        setTime(e.councilNotifiedAt(), f::setCouncilDay, f::setCouncilMonth, f::setCouncilYear, f::setCouncilTime);
        setTime(e.locatedAt(), f::setLocatedDay, f::setLocatedMonth, f::setLocatedYear, f::setLocatedTime);
        f.setLocatedWhere(e.locatedWhere());
        f.setLocatedBy(e.locatedBy());
        f.setReturnMethod(e.returnMethod());
        f.setHarmWhileMissing(e.harmWhileMissing());
        f.setVersion(String.valueOf(e.version()));
        return f;
    }

    static void setTime(java.time.Instant at, java.util.function.Consumer<String> day, java.util.function.Consumer<String> month,
                        java.util.function.Consumer<String> year, java.util.function.Consumer<String> time) {
        if (at == null) {
            return;
        }
        DateTimeInput in = DateTimeInput.of(at);
        day.accept(in.date().day());
        month.accept(in.date().month());
        year.accept(in.date().year());
        time.accept(in.time());
    }

    private String reportPage(Model model, ChildSummary child, EpisodeForm form) {
        model.addAttribute("child", child);
        model.addAttribute("episodeForm", form);
        model.addAttribute("existing", null);
        return formPage(model);
    }

    private String editPage(Model model, Episode episode, EpisodeForm form) {
        model.addAttribute("child", child(episode.childId()));
        model.addAttribute("episodeForm", form);
        model.addAttribute("existing", episode);
        return formPage(model);
    }

    private String formPage(Model model) {
        LocalDate today = today();
        model.addAttribute("categories", vocabularies.termsInForce("episode-category", today));
        model.addAttribute("missingFromOptions", vocabularies.termsInForce("missing-from", today));
        model.addAttribute("returnMethods", vocabularies.termsInForce("return-method", today));
        model.addAttribute("forces", directory.policeForces());
        model.addAttribute("yesNo", List.of(new Vocabularies.Term("yes", "Yes"), new Vocabularies.Term("no", "No")));
        return "episode/form";
    }

    private ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this");
        }
    }
}
