package org.homeward.access.internal.admin;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.access.AgencyKind;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks what Bean Validation on {@link UserForm} cannot say in one message per answer: a username's and an email
 * address's format once their length is right, a username no one else has, the agency, team and roles, and a new
 * account's password; with messages that say how to put it right.
 */
@Component
class UserFormValidator {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccounts users;
    private final Agencies agencies;

    UserFormValidator(UserAccounts users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    /**
     * @param existing the account being changed, or null for a new one (which also needs a password)
     * @param actingUser the administrator making the change
     */
    void validate(UserForm form, BindingResult errors, UUID existing, UUID actingUser) {
        String username = form.getUsername();
        if (!errors.hasFieldErrors("username")) {
            if (!USERNAME.matcher(username).matches()) {
                errors.rejectValue("username", "invalid",
                        "Username must only include letters a to z, numbers, full stops, underscores and hyphens");
            } else if (users.usernameTaken(username, existing)) {
                errors.rejectValue("username", "taken",
                        "The username " + username + " is already in use. Choose another");
            }
        }

        String email = form.getEmail();
        if (email != null && !errors.hasFieldErrors("email") && !EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "invalid", "Enter an email address in the correct format, like name@example.com");
        }

        Optional<Agencies.Agency> agency = Optional.ofNullable(UserForm.uuid(form.getAgencyId()))
                .flatMap(agencies::find);
        if (agency.isEmpty()) {
            errors.rejectValue("agencyId", "required", "Select the agency the person works for");
        }

        if (form.getTeamId() != null) {
            Optional<Agencies.Team> team = Optional.ofNullable(UserForm.uuid(form.getTeamId()))
                    .flatMap(agencies::findTeam);
            if (team.isEmpty()) {
                errors.rejectValue("teamId", "invalid", "Select a team from the list");
            } else if (agency.isPresent() && !team.get().agencyId().equals(agency.get().id())) {
                errors.rejectValue("teamId", "otherAgency", "Select a team in the user’s agency");
            }
        }

        Set<Role> roles = form.roleSet();
        int ticked = form.getRoles() == null ? 0 : (int) form.getRoles().stream().distinct().count();
        if (ticked == 0) {
            errors.rejectValue("roles", "required", "Select at least one role");
        } else if (roles.size() != ticked) {
            errors.rejectValue("roles", "invalid", "Select roles from the list");
        } else if (existing != null && existing.equals(actingUser) && !roles.contains(Role.ADMINISTRATOR)) {
            // Otherwise an administrator could lock everyone, themselves included, out of these pages.
            errors.rejectValue("roles", "ownAdministrator",
                    "You cannot remove the administrator role from your own account. Ask another administrator");
        } else if (agency.isPresent()) {
            AgencyKind kind = agency.get().kind();
            roles.stream().filter(r -> !r.fits(kind)).findFirst()
                    .ifPresent(r -> errors.rejectValue("roles", "doesNotFit", misfit(r)));
        }

        if (existing == null) {
            Passwords.check(form.getPassword(), "password", errors);
        }
    }

    /** For example, "A police officer must belong to a police force". */
    static String misfit(Role role) {
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        for (AgencyKind k : AgencyKind.values()) {
            if (role.fits(k)) {
                kinds.add(k);
            }
        }
        String where = kinds.stream().map(k -> article(k.label().toLowerCase(Locale.UK)))
                .collect(Collectors.joining(" or "));
        String who = article(role.label().toLowerCase(Locale.UK));
        return Character.toUpperCase(who.charAt(0)) + who.substring(1) + " must belong to " + where;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
