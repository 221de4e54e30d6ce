package org.homeward.access.internal.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.access.internal.AuditorAccess;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
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
 * An administrator grants an auditor case access from one day to another (DOMAIN.md IS-02: time-boxed),
 * or ends it. Outside the days, the auditor opens no child's record; the audit trail stays open to them.
 */
@Controller
class AuditorAccessController {

    /** A grant for an audit, not a standing role: longer needs a new grant. */
    static final int LONGEST_DAYS = 366;

    private final UserAccounts users;
    private final AuditorAccess access;
    private final Clock clock;

    AuditorAccessController(UserAccounts users, AuditorAccess access, Clock clock) {
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/admin/users/{id}/auditor-access")
    String form(@PathVariable UUID id, Model model) {
        UserAccounts.User user = auditor(id);
        return form(model, user, access.windowOf(id).map(AuditorAccessForm::of).orElseGet(AuditorAccessForm::new));
    }

    @PostMapping("/admin/users/{id}/auditor-access")
    String grant(@PathVariable UUID id, @ModelAttribute("auditorAccessForm") AuditorAccessForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccounts.User user = auditor(id);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Optional<LocalDate> from = FormChecks.date(form.from(), "fromDay", "Enter the first day of access",
                "First day of access", today.minusYears(1), "First day of access must be within the last year",
                null, null, result);
        Optional<LocalDate> until = FormChecks.date(form.until(), "untilDay", "Enter the last day of access",
                "Last day of access", null, null, null, null, result);
        if (from.isPresent() && until.isPresent()) {
            if (until.get().isBefore(from.get())) {
                result.rejectValue("untilDay", "beforeFrom", "Last day of access must be the same as or after the first day");
            } else if (until.get().isAfter(from.get().plusDays(LONGEST_DAYS - 1))) {
                result.rejectValue("untilDay", "tooLong",
                        "Access can be granted for " + LONGEST_DAYS + " days at most. Choose an earlier last day");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, AuditorAccessForm.FIELD_ORDER));
            return form(model, user, form);
        }
        access.grant(id, from.get(), until.get());
        redirect.addFlashAttribute("success", "Auditor access saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/auditor-access/end")
    String end(@PathVariable UUID id, RedirectAttributes redirect) {
        auditor(id);
        access.grant(id, null, null);
        redirect.addFlashAttribute("success", "Auditor access ended. The auditor can no longer open children's records");
        return "redirect:/admin/users/" + id;
    }

    private UserAccounts.User auditor(UUID id) {
        UserAccounts.User user = users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!user.roles().contains(Role.AUDITOR)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return user;
    }

    private String form(Model model, UserAccounts.User user, AuditorAccessForm form) {
        model.addAttribute("user", user);
        model.addAttribute("auditorAccessForm", form);
        return "access/admin/auditor-access";
    }
}
