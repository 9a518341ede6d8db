package org.gongkai.app.system.api;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: who, which agency (or supervising office) they belong to, and their roles.
 * Every query of agency data is scoped by {@link #agencyId()}.
 *
 * <p>Its authorities are {@code ROLE_<role>} for each {@link Role}; what a person may do is asked
 * with {@link #may(Permission)}.
 */
public record GongkaiUser(
        long personId,
        long agencyId,
        boolean supervisingOffice,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean mustChangePassword,
        boolean locked,
        boolean enabled)
        implements UserDetails, CredentialsContainer {

    public GongkaiUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    /** Whether this person holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The one permission check: whether any of this person's roles grants {@code permission}. */
    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }

    /** This person's id, typed, for other modules. */
    public PersonId person() {
        return new PersonId(personId);
    }

    /** This person's agency (or supervising office), typed, for other modules. */
    public AgencyId agency() {
        return new AgencyId(agencyId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .collect(Collectors.toSet());
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
        // records are immutable; the session copy is made by withoutPassword()
    }

    /** The copy kept in the session: no password hash. */
    public GongkaiUser withoutPassword() {
        return new GongkaiUser(
                personId,
                agencyId,
                supervisingOffice,
                username,
                displayName,
                "",
                roles,
                mustChangePassword,
                locked,
                enabled);
    }

    /** The same person after changing the password. */
    public GongkaiUser withPasswordChanged() {
        return new GongkaiUser(
                personId, agencyId, supervisingOffice, username, displayName, "", roles, false, locked, enabled);
    }
}
