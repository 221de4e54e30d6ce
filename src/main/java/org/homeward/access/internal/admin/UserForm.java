package org.homeward.access.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.Role;

/**
 * A user account as typed into the form: every answer is text until it has been checked. Whether each answer is there
 * and its length are checked as it arrives; the rest, which needs other answers or other accounts, by
 * {@link UserFormValidator}.
 */
class UserForm {

    static final List<String> FIELD_ORDER = List.of("username", "displayName", "email", "agencyId", "teamId",
            "roles", "password");

    @NotNull(message = "Enter a username")
    @Size(min = 3, max = 60, message = "Username must be between 3 and 60 characters")
    private String username;
    @NotNull(message = "Enter the person’s full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    private String displayName;
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    private String email;
    private String agencyId;
    private String teamId;
    private List<String> roles = new ArrayList<>();
    /** Only when adding an account. Never bound from the request: see UserAdminController. */
    private String password;
    private String version;

    static UserForm of(UserAccounts.User u) {
        UserForm f = new UserForm();
        f.username = u.username();
        f.displayName = u.displayName();
        f.email = u.email();
        f.agencyId = u.agencyId().toString();
        f.teamId = u.teamId() == null ? null : u.teamId().toString();
        f.roles = new ArrayList<>(u.roles().stream().map(Role::name).toList());
        f.version = Long.toString(u.version());
        return f;
    }

    /** Only after validation. */
    UserAccounts.Details details() {
        return new UserAccounts.Details(username, displayName, email, uuid(agencyId), uuid(teamId), roleSet());
    }

    /** The roles ticked that Homeward knows; unknown codes are left out. */
    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(code -> Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).forEach(set::add));
        }
        return set;
    }

    static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "UserForm[" + username + "]";
    }
}
