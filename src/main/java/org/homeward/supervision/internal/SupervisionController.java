package org.homeward.supervision.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.Refusals;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My supervisions, recording one (choose the supervisee, then the record), and reading one. */
@Controller
class SupervisionController {

    private static final int ALL_SHOWN = 100;

    private final SupervisionService service;
    private final Supervisions supervisions;
    private final SupervisionPermissions permissions;
    private final Refusals refusals;

    SupervisionController(SupervisionService service, Supervisions supervisions, SupervisionPermissions permissions,
                          Refusals refusals) {
        this.service = service;
        this.supervisions = supervisions;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    /** Names no child, so reading the list is not a read of any child's record. */
    @GetMapping("/supervision")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mine", supervisions.involving(user.id()));
        model.addAttribute("mayRecord", permissions.mayRecordSupervision(user));
        boolean senior = permissions.mayViewSupervision(user, null, null);
        model.addAttribute("all", senior ? supervisions.latest(ALL_SHOWN) : List.of());
        model.addAttribute("seesAll", senior);
        model.addAttribute("me", user.id());
        return "supervision/list";
    }

    @GetMapping("/supervision/new")
    String start(@AuthenticationPrincipal CurrentUser user,
                 @RequestParam(name = "supervisee", required = false) String supervisee, Model model) {
        refusals.require(permissions.mayRecordSupervision(user), "supervision", null, List.of());
        SupervisionForm form = new SupervisionForm();
        form.setSuperviseeId(supervisee);
        if (supervisee == null) {
            return choose(user, form, model, List.of());
        }
        Optional<Directory.Option> chosen = service.supervisee(user, supervisee);
        if (chosen.isEmpty()) {
            return choose(user, form, model, List.of(new FormErrors.Entry("superviseeId", "Select who was supervised")));
        }
        return form(user, chosen.get(), form, model);
    }

    @PostMapping("/supervision")
    String record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("supervisionForm") SupervisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        refusals.require(permissions.mayRecordSupervision(user), "supervision", null, List.of());
        Optional<UUID> saved = service.record(user, form, result);
        if (saved.isPresent()) {
            redirect.addFlashAttribute("success", "Supervision recorded");
            return "redirect:/supervision/" + saved.get();
        }
        List<FormErrors.Entry> errors = FormErrors.summary(result, SupervisionForm.FIELD_ORDER);
        Optional<Directory.Option> supervisee = service.supervisee(user, form.getSuperviseeId());
        if (supervisee.isEmpty()) {
            return choose(user, form, model, errors);
        }
        model.addAttribute("errors", errors);
        return form(user, supervisee.get(), form, model);
    }

    @GetMapping("/supervision/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Supervisions.Supervision s = supervisions.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<UUID> childIds = supervisions.childIds(id);
        refusals.require(permissions.mayViewSupervision(user, s.supervisorId(), s.superviseeId()), "supervision", id,
                childIds);
        service.read(id, childIds);
        model.addAttribute("supervision", s);
        model.addAttribute("children", supervisions.children(id));
        model.addAttribute("actions", supervisions.actions(id));
        return "supervision/show";
    }

    private String choose(CurrentUser user, SupervisionForm form, Model model, List<FormErrors.Entry> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("supervisees", service.supervisees(user));
        model.addAttribute("supervisionForm", form);
        return "supervision/choose";
    }

    private String form(CurrentUser user, Directory.Option supervisee, SupervisionForm form, Model model) {
        model.addAttribute("supervisee", supervisee);
        model.addAttribute("children", supervisions.allocatedTo(supervisee.id()).stream()
                .map(c -> new Choice(c.id().toString(), c.name())).toList());
        model.addAttribute("kinds", List.of(new Choice("CASE", "Case supervision"),
                new Choice("REFLECTIVE", "Reflective supervision")));
        model.addAttribute("owners", service.owners(user, supervisee));
        model.addAttribute("supervisionForm", form);
        return "supervision/form";
    }

    /** An option of radios or checkboxes. */
    public record Choice(String code, String label) {
    }
}
