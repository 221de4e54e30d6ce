package org.homeward.crossborder.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
import org.homeward.platform.web.FormErrors;
import org.homeward.rhi.InterviewResponsibilities;
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

/**
 * An episode of a child placed out of area: the notices both authorities were sent, who holds the
 * return home interview (agreed by either authority), and the findings the host side returns.
 */
@Controller
class CrossBorderEpisodeController {

    private final CrossBorderEpisodes episodes;
    private final Notices notices;
    private final CrossBorderEpisodeNotices episodeNotices;
    private final NoticeDelivery delivery;
    private final InterviewResponsibilities responsibilities;
    private final AccessPolicy policy;
    private final CrossBorderPermissions permissions;
    private final Refusals refusals;

    CrossBorderEpisodeController(CrossBorderEpisodes episodes, Notices notices, CrossBorderEpisodeNotices episodeNotices,
                                 NoticeDelivery delivery,
                                 InterviewResponsibilities responsibilities, AccessPolicy policy,
                                 CrossBorderPermissions permissions, Refusals refusals) {
        this.episodes = episodes;
        this.notices = notices;
        this.episodeNotices = episodeNotices;
        this.delivery = delivery;
        this.responsibilities = responsibilities;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping("/cross-border/episodes/{id}/return-interview")
    String responsibility(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CrossBorderEpisodes.CrossBorderEpisode episode = readable(user, id);
        delivery.read(id, "cross-border-episode", episode.childId());
        ResponsibilityForm form = new ResponsibilityForm();
        form.setResponsible(episode.rhiResponsible());
        return responsibilityPage(user, episode, form, model, List.of());
    }

    @PostMapping("/cross-border/episodes/{id}/return-interview")
    String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("responsibilityForm") ResponsibilityForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        CrossBorderEpisodes.CrossBorderEpisode episode = episode(id);
        refusals.require(mayAgree(user, episode), "cross-border-episode", id, List.of(episode.childId()));
        if (episodeNotices.agree(episode, form, result, user)) {
            redirect.addFlashAttribute("success", "Who holds the return home interview is recorded");
            return "redirect:/cross-border/episodes/" + id + "/return-interview";
        }
        return responsibilityPage(user, episode, form, model, FormErrors.summary(result, ResponsibilityForm.FIELD_ORDER));
    }

    private String responsibilityPage(CurrentUser user, CrossBorderEpisodes.CrossBorderEpisode episode,
                                      ResponsibilityForm form, Model model, List<FormErrors.Entry> errors) {
        model.addAttribute("episode", episode);
        model.addAttribute("notices", notices.forEpisode(episode.episodeId()));
        model.addAttribute("responsibilityForm", form);
        model.addAttribute("options", List.of(
                new PlacementNoticeController.Option("PLACING", episode.placingAuthority() + " (the placing authority)"),
                new PlacementNoticeController.Option("HOST", episode.hostAuthority() + " (the host authority)")));
        model.addAttribute("mayAgree", mayAgree(user, episode));
        model.addAttribute("offer", responsibilities.forEpisode(episode.episodeId()).orElse(null));
        model.addAttribute("errors", errors);
        return "crossborder/responsibility";
    }

    @GetMapping("/cross-border/episodes/{id}/findings")
    String findings(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CrossBorderEpisodes.CrossBorderEpisode episode = episode(id);
        refusals.require(mayReturn(user, episode) || readableBy(user, episode), "cross-border-episode", id,
                List.of(episode.childId()));
        delivery.read(id, "cross-border-episode", episode.childId());
        FindingsForm form = new FindingsForm();
        form.setFindings(episode.findingsOwed() ? episodeNotices.draftFindings(episode) : null);
        return findingsPage(user, episode, form, model, List.of());
    }

    @PostMapping("/cross-border/episodes/{id}/findings")
    String returnFindings(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                          @Valid @ModelAttribute("findingsForm") FindingsForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        CrossBorderEpisodes.CrossBorderEpisode episode = episode(id);
        refusals.require(mayReturn(user, episode), "cross-border-episode", id, List.of(episode.childId()));
        if (episodeNotices.returnFindings(episode, form, result, user)) {
            redirect.addFlashAttribute("success", "Findings returned to " + episode.placingAuthority());
            return "redirect:/cross-border/episodes/" + id + "/findings";
        }
        return findingsPage(user, episode, form, model, FormErrors.summary(result, FindingsForm.FIELD_ORDER));
    }

    private String findingsPage(CurrentUser user, CrossBorderEpisodes.CrossBorderEpisode episode, FindingsForm form,
                                Model model, List<FormErrors.Entry> errors) {
        model.addAttribute("episode", episode);
        model.addAttribute("findingsForm", form);
        model.addAttribute("mayReturn", episode.findingsOwed() && mayReturn(user, episode));
        model.addAttribute("returned", episode.findingsNoticeId() == null ? null
                : notices.find(episode.findingsNoticeId()).orElse(null));
        model.addAttribute("errors", errors);
        return "crossborder/findings";
    }

    private boolean mayAgree(CurrentUser user, CrossBorderEpisodes.CrossBorderEpisode e) {
        return permissions.mayActAcrossBorderFor(user, e.placingAuthorityId())
                || permissions.mayActAcrossBorderFor(user, e.hostAuthorityId());
    }

    private boolean mayReturn(CurrentUser user, CrossBorderEpisodes.CrossBorderEpisode e) {
        UUID provider = responsibilities.forEpisode(e.episodeId())
                .map(InterviewResponsibilities.Responsibility::providerAgencyId).orElse(null);
        return permissions.mayReturnInterviewFindings(user, e.interviewRecordedBy(), e.hostAuthorityId(), provider)
                && policy.mayViewChild(user, e.childId());
    }

    private boolean readableBy(CurrentUser user, CrossBorderEpisodes.CrossBorderEpisode e) {
        return permissions.mayViewCrossBorderNotices(user) && policy.mayViewChild(user, e.childId())
                && (user.agencyId().equals(e.placingAuthorityId()) || user.agencyId().equals(e.hostAuthorityId()));
    }

    private CrossBorderEpisodes.CrossBorderEpisode readable(CurrentUser user, UUID id) {
        CrossBorderEpisodes.CrossBorderEpisode episode = episode(id);
        refusals.require(readableBy(user, episode), "cross-border-episode", id, List.of(episode.childId()));
        return episode;
    }

    private CrossBorderEpisodes.CrossBorderEpisode episode(UUID id) {
        return episodes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
