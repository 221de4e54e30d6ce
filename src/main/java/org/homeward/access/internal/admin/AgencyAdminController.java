package org.homeward.access.internal.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AgencyAdminController {

    static final String STALE = "Someone else changed this agency while you were editing it. "
            + "Check the details and save again";

    private final Agencies agencies;
    private final AgencyFormValidator validator;
    private final Directory directory;

    AgencyAdminController(Agencies agencies, AgencyFormValidator validator, Directory directory) {
        this.directory = directory;
        this.agencies = agencies;
        this.validator = validator;
    }

    @GetMapping("/admin/agencies")
    String list(Model model) {
        model.addAttribute("agencies", agencies.list());
        return "access/admin/agencies";
    }

    @GetMapping("/admin/agencies/new")
    String newAgency(Model model) {
        return form(model, new AgencyForm(), null);
    }

    @PostMapping("/admin/agencies")
    String create(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        validator.validate(form, result, null);
        if (!result.hasErrors()) {
            try {
                UUID id = agencies.create(form.values());
                redirect.addFlashAttribute("success", "Agency added");
                return "redirect:/admin/agencies/" + id;
            } catch (DuplicateKeyException e) {
                // Someone added the same name or code since the check: checking again names the clash.
                validator.validate(form, result, null);
                clash(result);
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, AgencyForm.FIELD_ORDER));
        return form(model, form, null);
    }

    @GetMapping("/admin/agencies/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(model, agencies, find(id), new TeamForm());
    }

    @GetMapping("/admin/agencies/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Agencies.Agency agency = find(id);
        return form(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/admin/agencies/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Agencies.Agency agency = find(id);
        validator.validate(form, result, id);
        if (!result.hasErrors()) {
            try {
                if (agencies.update(id, Versions.parse(form.getVersion()), form.values())) {
                    redirect.addFlashAttribute("success", "Agency details saved");
                    return "redirect:/admin/agencies/" + id;
                }
                Agencies.Agency current = find(id);
                form.setVersion(Long.toString(current.version()));
                model.addAttribute("errors", List.of(new FormErrors.Entry("name", STALE)));
                return form(model, form, current);
            } catch (DuplicateKeyException e) {
                validator.validate(form, result, id);
                clash(result);
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, AgencyForm.FIELD_ORDER));
        return form(model, form, agency);
    }

    /** The agency's page; also shown again by the team controller when a new team's name needs correcting. */
    static String page(Model model, Agencies agencies, Agencies.Agency agency, TeamForm teamForm) {
        model.addAttribute("agency", agency);
        model.addAttribute("teams", agencies.teams(agency.id()));
        model.addAttribute("teamForm", teamForm);
        return "access/admin/agency";
    }

    private String form(Model model, AgencyForm form, Agencies.Agency existing) {
        model.addAttribute("agencyForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", Choice.agencyKinds());
        model.addAttribute("rhiProviders", directory.rhiProviders());
        return "access/admin/agency-form";
    }

    private static void clash(BindingResult result) {
        if (!result.hasErrors()) {
            result.reject("clash", "These details clash with another agency. Check them and save again");
        }
    }

    private Agencies.Agency find(UUID id) {
        return agencies.find(id).orElseThrow(AdminNotFoundException::new);
    }
}
