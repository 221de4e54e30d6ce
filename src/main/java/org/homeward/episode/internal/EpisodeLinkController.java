package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeController.require;

import jakarta.validation.Valid;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.child.Children;
import org.homeward.platform.web.FormErrors;
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

/** Linking an episode to a child protection plan, an exploitation panel, the youth offending service or an NRM referral. */
@Controller
class EpisodeLinkController {

    private final EpisodeRecords records;
    private final EpisodeLinks links;
    private final Children children;
    private final AccessPolicy policy;

    EpisodeLinkController(EpisodeRecords records, EpisodeLinks links, Children children, AccessPolicy policy) {
        this.records = records;
        this.links = links;
        this.children = children;
        this.policy = policy;
    }

    @GetMapping("/episodes/{id}/links/new")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return page(model, linkable(user, id), new LinkForm());
    }

    @PostMapping("/episodes/{id}/links")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
               @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        Episode episode = linkable(user, id);
        if (!links.add(episode, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, LinkForm.FIELD_ORDER));
            return page(model, episode, form);
        }
        redirect.addFlashAttribute("success", "Linked process recorded");
        return "redirect:/episodes/" + id + "#linked-processes";
    }

    /** Those who keep the child's record, for a child they are involved with. */
    private Episode linkable(CurrentUser user, UUID id) {
        require(policy.mayEditChildren(user));
        Episode episode = records.find(id).orElseThrow(EpisodeNotFoundException::new);
        require(policy.mayViewChild(user, episode.childId()));
        return episode;
    }

    private String page(Model model, Episode episode, LinkForm form) {
        model.addAttribute("episode", episode);
        model.addAttribute("child", children.summary(episode.childId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("kinds", links.kinds());
        model.addAttribute("linkForm", form);
        return "episode/link";
    }
}
