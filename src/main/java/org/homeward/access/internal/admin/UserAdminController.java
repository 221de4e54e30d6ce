package org.homeward.access.internal.admin;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.internal.AuditorAccess;
import org.homeward.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UserAdminController {

    static final String STALE = "Someone else changed this account while you were editing it. "
            + "Check the details and save again";

    private final UserAccounts users;
    private final Agencies agencies;
    private final UserFormValidator validator;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final AuditorAccess auditorAccess;

    UserAdminController(UserAccounts users, Agencies agencies, UserFormValidator validator,
                        PasswordEncoder passwordEncoder, SignedInSessions sessions, Clock clock,
                        AuditorAccess auditorAccess) {
        this.auditorAccess = auditorAccess;
        this.users = users;
        this.agencies = agencies;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Passwords are read straight from the request: the shared binder would trim and clean them,
     * so that the password set here would not be the one the person types to sign in.
     */
    @InitBinder({"userForm", "passwordForm"})
    void neverBindPasswords(WebDataBinder binder) {
        binder.setDisallowedFields("password");
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("now", clock.instant());
        return "access/admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return form(model, new UserForm(), null);
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("userForm") UserForm form,
                  BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        form.setPassword(request.getParameter("password"));
        validator.validate(form, result, null, admin.id());
        String password = form.getPassword();
        form.setPassword(null);
        if (!result.hasErrors()) {
            try {
                UUID id = users.create(form.details(), passwordEncoder.encode(password));
                redirect.addFlashAttribute("success", "Account added");
                return "redirect:/admin/users/" + id;
            } catch (DuplicateKeyException e) {
                result.rejectValue("username", "taken",
                        "The username " + form.getUsername() + " is already in use. Choose another");
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, UserForm.FIELD_ORDER));
        return form(model, form, null);
    }

    @GetMapping("/admin/users/{id}")
    String show(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        return page(model, admin, find(id), new PasswordForm());
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        UserAccounts.User user = find(id);
        return form(model, UserForm.of(user), user);
    }

    @PostMapping("/admin/users/{id}")
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
                  @Valid @ModelAttribute("userForm") UserForm form, BindingResult result, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        UserAccounts.User before = find(id);
        validator.validate(form, result, id, admin.id());
        if (!result.hasErrors()) {
            try {
                UserAccounts.Details details = form.details();
                if (users.update(id, Versions.parse(form.getVersion()), details)) {
                    if (accessChanged(before, details)) {
                        sessions.end(before.username(), session.getId());
                    }
                    redirect.addFlashAttribute("success", "Account details saved");
                    return "redirect:/admin/users/" + id;
                }
                UserAccounts.User current = find(id);
                form.setVersion(Long.toString(current.version()));
                model.addAttribute("errors", List.of(new FormErrors.Entry("username", STALE)));
                return form(model, form, current);
            } catch (DuplicateKeyException e) {
                result.rejectValue("username", "taken",
                        "The username " + form.getUsername() + " is already in use. Choose another");
            }
        }
        model.addAttribute("errors", FormErrors.summary(result, UserForm.FIELD_ORDER));
        return form(model, form, before);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        find(id);
        users.unlock(id);
        redirect.addFlashAttribute("success", "Account unlocked. The person can sign in again");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        find(id);
        users.setEnabled(id, true);
        redirect.addFlashAttribute("success", "Account switched on");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model,
                   RedirectAttributes redirect) {
        UserAccounts.User user = find(id);
        if (user.id().equals(admin.id())) {
            model.addAttribute("errors", List.of(new FormErrors.Entry("account-status",
                    "You cannot switch off your own account. Ask another administrator to do it")));
            return page(model, admin, user, new PasswordForm());
        }
        users.setEnabled(id, false);
        sessions.end(user.username(), null);
        redirect.addFlashAttribute("success", "Account switched off. The person has been signed out");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String setPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
                       @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                       HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) {
        UserAccounts.User user = find(id);
        String password = request.getParameter("password");
        Passwords.check(password, "password", result);
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, PasswordForm.FIELD_ORDER));
            return page(model, admin, user, form);
        }
        users.setPasswordHash(id, passwordEncoder.encode(password));
        sessions.end(user.username(), session.getId());
        redirect.addFlashAttribute("success", "New password set. Give it to the person in a safe way");
        return "redirect:/admin/users/" + id;
    }

    private static boolean accessChanged(UserAccounts.User before, UserAccounts.Details after) {
        return !before.username().equals(after.username()) || !before.agencyId().equals(after.agencyId())
                || !Objects.equals(before.teamId(), after.teamId()) || !before.roles().equals(after.roles());
    }

    private String page(Model model, CurrentUser admin, UserAccounts.User user, PasswordForm passwordForm) {
        model.addAttribute("user", user);
        model.addAttribute("self", user.id().equals(admin.id()));
        model.addAttribute("locked", user.lockedAt(clock.instant()));
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("auditorWindow", auditorAccess.windowOf(user.id()));
        return "access/admin/user";
    }

    private String form(Model model, UserForm form, UserAccounts.User existing) {
        model.addAttribute("userForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("teamsByAgency", agencies.teamsByAgency());
        model.addAttribute("roleChoices", Choice.roles());
        return "access/admin/user-form";
    }

    private UserAccounts.User find(UUID id) {
        return users.find(id).orElseThrow(AdminNotFoundException::new);
    }
}
