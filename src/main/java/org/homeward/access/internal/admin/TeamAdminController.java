package org.homeward.access.internal.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TeamAdminController {

    private final Agencies agencies;

    TeamAdminController(Agencies agencies) {
        this.agencies = agencies;
    }

    @PostMapping("/admin/agencies/{id}/teams")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        Agencies.Agency agency = agencies.find(id).orElseThrow(AdminNotFoundException::new);
        validate(form, result, id, null);
        if (!result.hasErrors()) {
            try {
                agencies.addTeam(id, form.getName());
                redirect.addFlashAttribute("success", "Team added");
                return "redirect:/admin/agencies/" + id;
            } catch (DuplicateKeyException e) {
                validate(form, result, id, null);
                clash(result);
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, TeamForm.FIELD_ORDER));
        return AgencyAdminController.page(model, agencies, agency, form);
    }

    @GetMapping("/admin/teams/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Agencies.Team team = find(id);
        return form(model, TeamForm.of(team), team);
    }

    @PostMapping("/admin/teams/{id}/edit")
    String rename(@PathVariable UUID id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Agencies.Team team = find(id);
        validate(form, result, team.agencyId(), id);
        if (!result.hasErrors()) {
            try {
                if (agencies.renameTeam(id, Versions.parse(form.getVersion()), form.getName())) {
                    redirect.addFlashAttribute("success", "Team name saved");
                    return "redirect:/admin/agencies/" + team.agencyId();
                }
                Agencies.Team current = find(id);
                form.setVersion(Long.toString(current.version()));
                model.addAttribute("errors", List.of(new FormErrors.Entry("name",
                        "Someone else changed this team while you were editing it. Check the name and save again")));
                return form(model, form, current);
            } catch (DuplicateKeyException e) {
                validate(form, result, team.agencyId(), id);
                clash(result);
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, TeamForm.FIELD_ORDER));
        return form(model, form, team);
    }

    private void validate(TeamForm form, Errors errors, UUID agencyId, UUID existing) {
        if (!errors.hasFieldErrors("name") && agencies.teamNameTaken(agencyId, form.getName(), existing)) {
            errors.rejectValue("name", "taken", "This agency already has a team called " + form.getName());
        }
    }

    private String form(Model model, TeamForm form, Agencies.Team team) {
        model.addAttribute("teamForm", form);
        model.addAttribute("team", team);
        return "access/admin/team-form";
    }

    private static void clash(BindingResult result) {
        if (!result.hasErrors()) {
            result.rejectValue("name", "taken", "This agency already has a team with that name. Enter a different name");
        }
    }

    private Agencies.Team find(UUID id) {
        return agencies.findTeam(id).orElseThrow(AdminNotFoundException::new);
    }
}
