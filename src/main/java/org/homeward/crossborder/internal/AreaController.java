package org.homeward.crossborder.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.Refusals;
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

/** Administrators say which education and health agency serves each local authority's area. */
@Controller
class AreaController {

    private final AreaAgencies areas;
    private final AccessPolicy policy;
    private final Refusals refusals;

    AreaController(AreaAgencies areas, AccessPolicy policy, Refusals refusals) {
        this.areas = areas;
        this.policy = policy;
        this.refusals = refusals;
    }

    @GetMapping("/cross-border/areas")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(policy.mayAdminister(user), "cross-border-areas", null, List.of());
        model.addAttribute("areas", areas.areas());
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        AreaAgencies.KINDS.forEach(kind -> areas.agencies(kind).forEach(o -> names.put(o.id(), o.name())));
        model.addAttribute("names", names);
        return "crossborder/areas";
    }

    @GetMapping("/cross-border/areas/{id}")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        refusals.require(policy.mayAdminister(user), "cross-border-areas", id, List.of());
        AreaAgencies.Area area = area(id);
        AreaForm form = new AreaForm();
        form.setEducationId(area.educationId() == null ? null : area.educationId().toString());
        form.setHealthId(area.healthId() == null ? null : area.healthId().toString());
        return page(area, form, model, List.of());
    }

    @PostMapping("/cross-border/areas/{id}")
    @Transactional
    public String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        refusals.require(policy.mayAdminister(user), "cross-border-areas", id, List.of());
        AreaAgencies.Area area = area(id);
        Optional<UUID> education = chosen(form.getEducationId(), "EDUCATION", "educationId",
                "Select an education agency from the list", result);
        Optional<UUID> health = chosen(form.getHealthId(), "HEALTH", "healthId", "Select a health agency from the list",
                result);
        if (result.hasErrors()) {
            return page(area, form, model, FormErrors.summary(result, AreaForm.FIELD_ORDER));
        }
        areas.set(id, "EDUCATION", education.orElse(null));
        areas.set(id, "HEALTH", health.orElse(null));
        redirect.addFlashAttribute("success", "Agencies serving " + area.authority() + "'s area saved");
        return "redirect:/cross-border/areas";
    }

    private Optional<UUID> chosen(String value, String kind, String field, String message, BindingResult result) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<UUID> id = areas.agencies(kind).stream().map(Directory.Option::id)
                .filter(a -> a.toString().equals(value.strip())).findFirst();
        if (id.isEmpty()) {
            result.rejectValue(field, "invalid", message);
        }
        return id;
    }

    private String page(AreaAgencies.Area area, AreaForm form, Model model, List<FormErrors.Entry> errors) {
        model.addAttribute("area", area);
        model.addAttribute("areaForm", form);
        model.addAttribute("education", areas.agencies("EDUCATION"));
        model.addAttribute("health", areas.agencies("HEALTH"));
        model.addAttribute("errors", errors);
        return "crossborder/area";
    }

    private AreaAgencies.Area area(UUID id) {
        return areas.areas().stream().filter(a -> a.authorityId().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
