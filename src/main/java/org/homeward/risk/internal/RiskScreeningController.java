package org.homeward.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.episode.CouncilRiskScreening;
import org.homeward.episode.EpisodeSummary;
import org.homeward.episode.Episodes;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
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
 * The council's risk screening of an episode: its screenings, and a new one in two steps (the
 * answers, then the suggested rating to confirm or override), stored only when complete.
 */
@Controller
class RiskScreeningController {

    static final List<Vocabularies.Term> YES_NO = List.of(new Vocabularies.Term("yes", "Yes"),
            new Vocabularies.Term("no", "No, I give a different rating"));

    private final Episodes episodes;
    private final Children children;
    private final ScreeningService service;
    private final ScreeningRecords records;
    private final Instruments instruments;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RiskScreeningController(Episodes episodes, Children children, ScreeningService service, ScreeningRecords records,
                            Instruments instruments, Vocabularies vocabularies, AccessPolicy policy, AuditTrail audit,
                            Clock clock) {
        this.episodes = episodes;
        this.children = children;
        this.service = service;
        this.records = records;
        this.instruments = instruments;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/risk-screening")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayViewChildren(user));
        EpisodeSummary episode = episode(id);
        ChildSummary child = child(episode);
        List<ScreeningView> screenings = records.forEpisode(id).stream().map(this::view).toList();
        audit.record(AuditAction.VIEW, screenings.isEmpty() ? new AuditTrail.Subject("risk-screening", id, child.id())
                : ScreeningService.subject(screenings.get(0).screening()), List.of(), null);
        context(model, episode, child);
        ScreeningView latest = screenings.isEmpty() ? null : screenings.get(0);
        CouncilRiskScreening council = latest == null ? null : new CouncilRiskScreening(latest.screening().rating(),
                latest.rating(), latest.screening().screenedAt(), latest.screening().screenedByName(),
                latest.screening().overridden());
        model.addAttribute("latest", latest);
        model.addAttribute("earlier", screenings.size() > 1 ? screenings.subList(1, screenings.size()) : List.of());
        model.addAttribute("ratingsDiffer", council != null && council.differsFrom(episode.policeRiskLevel()));
        model.addAttribute("escalate", CouncilRiskScreening.escalates(episode.policeRiskLevel(), council));
        model.addAttribute("mayScreen", policy.mayScreenRisk(user));
        return "risk/show";
    }

    @GetMapping("/episodes/{id}/risk-screening/new")
    @Transactional
    String newScreening(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(policy.mayScreenRisk(user));
        EpisodeSummary episode = episode(id);
        ScreeningForm form = new ScreeningForm();
        form.setVersionId(service.inForce().id().toString());
        return formPage(model, episode, child(episode), form);
    }

    @PostMapping("/episodes/{id}/risk-screening/answers")
    @Transactional
    String answers(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("screeningForm") ScreeningForm form, BindingResult result, Model model) {
        require(policy.mayScreenRisk(user));
        EpisodeSummary episode = episode(id);
        ChildSummary child = child(episode);
        Optional<ScreeningService.Draft> draft = service.check(episode, child, form, result);
        if (draft.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ScreeningForm.fieldOrder(service.inForce())));
            return formPage(model, episode, child, form);
        }
        return checkPage(model, episode, child, form, draft.get());
    }

    /** Back from the suggested rating to the answers, as they were typed. */
    @PostMapping("/episodes/{id}/risk-screening/change")
    @Transactional
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("screeningForm") ScreeningForm form, Model model) {
        require(policy.mayScreenRisk(user));
        EpisodeSummary episode = episode(id);
        return formPage(model, episode, child(episode), form);
    }

    @PostMapping("/episodes/{id}/risk-screening")
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @ModelAttribute("screeningForm") ScreeningForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        require(policy.mayScreenRisk(user));
        EpisodeSummary episode = episode(id);
        ChildSummary child = child(episode);
        Optional<ScreeningService.Draft> draft = service.check(episode, child, form, result);
        if (draft.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ScreeningForm.fieldOrder(service.inForce())));
            return formPage(model, episode, child, form);
        }
        Optional<Screening> saved = service.save(draft.get(), episode, child, form, result, user);
        if (saved.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ScreeningForm.fieldOrder(draft.get().instrument())));
            return checkPage(model, episode, child, form, draft.get());
        }
        redirect.addFlashAttribute("success", "Risk screening saved: council rating "
                + service.label(saved.get().rating()));
        return "redirect:/episodes/" + id + "/risk-screening";
    }

    /**
     * The questions of the version in force. The child's last screening, of any episode, is shown
     * beside each one for reference (and its reading audited); its answers are never filled in.
     */
    private String formPage(Model model, EpisodeSummary episode, ChildSummary child, ScreeningForm form) {
        Instrument instrument = service.inForce();
        Optional<ScreeningView> previous = records.latestForChild(child.id()).map(this::view);
        previous.ifPresent(p -> audit.record(AuditAction.VIEW, ScreeningService.subject(p.screening()),
                List.of(), "Shown beside a new screening"));
        context(model, episode, child);
        model.addAttribute("instrument", instrument);
        model.addAttribute("sections", instrument.sections());
        model.addAttribute("answerTerms", Answer.TERMS);
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute("previousLines", previous.map(ScreeningView::byCode).orElse(Map.of()));
        model.addAttribute("screeningForm", form);
        return "risk/form";
    }

    private String checkPage(Model model, EpisodeSummary episode, ChildSummary child, ScreeningForm form,
                             ScreeningService.Draft draft) {
        context(model, episode, child);
        Map<String, String> answers = new HashMap<>();
        draft.answers().forEach((code, a) -> answers.put(code, a.name()));
        model.addAttribute("draft", draft);
        model.addAttribute("suggested", vocabularies.label(ScreeningService.RATINGS, draft.suggestion().rating())
                .orElse(draft.suggestion().rating()));
        model.addAttribute("sections", ScreeningView.sections(draft.instrument(), answers, draft.evidence()));
        model.addAttribute("ratingTerms", vocabularies.termsInForce(ScreeningService.RATINGS,
                LocalDate.now(clock.withZone(ClockConfiguration.LONDON))));
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("screeningForm", form);
        return "risk/check";
    }

    /** What every page of the screening shows about the child and the episode. */
    private void context(Model model, EpisodeSummary episode, ChildSummary child) {
        int age = ScreeningService.ageWhenLastSeen(child, episode);
        model.addAttribute("episode", episode);
        model.addAttribute("child", child);
        model.addAttribute("age", age);
        model.addAttribute("ageBand", age <= 10 ? "10 or under" : age <= 14 ? "11 to 14" : age <= 17 ? "15 to 17" : "18 or over");
        model.addAttribute("agePrompt", age <= service.highRiskAge());
        model.addAttribute("highRiskAge", service.highRiskAge());
        model.addAttribute("policeRisk", episode.policeRiskLevel() == null ? null
                : vocabularies.label("police-risk", episode.policeRiskLevel()).orElse(episode.policeRiskLevel()));
    }

    private ScreeningView view(Screening s) {
        return ScreeningView.of(s, instruments.byId(s.versionId()), records.answers(s.id()),
                vocabularies.label(ScreeningService.RATINGS, s.rating()).orElse(s.rating()),
                vocabularies.label(ScreeningService.RATINGS, s.suggestedRating()).orElse(s.suggestedRating()));
    }

    private EpisodeSummary episode(UUID id) {
        return episodes.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ChildSummary child(EpisodeSummary episode) {
        return children.summary(episode.childId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
