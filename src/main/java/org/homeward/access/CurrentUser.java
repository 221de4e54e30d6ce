package org.homeward.access;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: who they are, their agency and their roles. Kept in the HTTP session. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final UUID agencyId;
    private final String agencyName;
    private final AgencyKind agencyKind;
    private final UUID teamId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public CurrentUser(UUID id, String username, String displayName, UUID agencyId, String agencyName,
                       AgencyKind agencyKind, UUID teamId, Set<Role> roles, boolean enabled, boolean locked,
                       String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.agencyKind = agencyKind;
        this.teamId = teamId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public AgencyKind agencyKind() {
        return agencyKind;
    }

    public UUID teamId() {
        return teamId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role r : candidates) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public List<String> roleLabels() {
        return roles.stream().map(Role::label).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}
