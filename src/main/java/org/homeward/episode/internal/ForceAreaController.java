package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeController.require;

import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.Children;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
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

/** Recording the police force areas an episode touched (DOMAIN.md XB-04). */
@Controller
class ForceAreaController {

    private final EpisodeForceAreas forceAreas;
    private final EpisodeRecords records;
    private final Children children;
    private final Placements placements;
    private final Directory directory;
    private final EpisodePermissions permissions;

    ForceAreaController(EpisodeForceAreas forceAreas, EpisodeRecords records, Children children, Placements placements,
                        Directory directory, EpisodePermissions permissions) {
        this.forceAreas = forceAreas;
        this.records = records;
        this.children = children;
        this.placements = placements;
        this.directory = directory;
        this.permissions = permissions;
    }

    @GetMapping("/episodes/{id}/force-areas")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(permissions.mayRecordForceAreas(user));
        Episode episode = episode(id);
        ForceAreasForm form = new ForceAreasForm();
        forceAreas.of(id).forEach(f -> {
            switch (f.area()) {
                case "HOME" -> form.setHomeForceId(f.forceId().toString());
                case "MISSING_FROM" -> form.setMissingFromForceId(f.forceId().toString());
                default -> form.setFoundForceId(f.forceId().toString());
            }
        });
        // Missing from the placement: its host force is the likely answer, offered for the user to confirm.
        if (form.getMissingFromForceId() == null && "PLACEMENT".equals(episode.missingFrom()) && episode.placementId() != null) {
            placements.byId(episode.placementId()).map(PlacementSummary::hostPoliceForceId)
                    .ifPresent(f -> form.setMissingFromForceId(f.toString()));
        }
        return page(model, episode, form);
    }

    @PostMapping("/episodes/{id}/force-areas")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @ModelAttribute("forceAreasForm") ForceAreasForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        require(permissions.mayRecordForceAreas(user));
        Episode episode = episode(id);
        return new StepAnswers(result, model, ForceAreasForm.FIELD_ORDER, e -> page(model, e, form))
                .record(episode, () -> forceAreas.save(episode, form, result, user), "Police force areas recorded", redirect);
    }

    private String page(Model model, Episode episode, ForceAreasForm form) {
        model.addAttribute("episode", episode);
        model.addAttribute("child", children.summary(episode.childId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("forceAreasForm", form);
        model.addAttribute("forces", directory.policeForces());
        return "episode/force-areas";
    }

    private Episode episode(UUID id) {
        return records.find(id).orElseThrow(EpisodeNotFoundException::new);
    }
}
