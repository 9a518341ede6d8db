package org.gongkai.app.system;

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
 * @param roles role names as in the agency module's {@code Role} enum, e.g. {@code AGENCY_ADMIN}
 */
public record GongkaiUser(
        long personId,
        long agencyId,
        boolean supervisingOffice,
        String username,
        String displayName,
        String passwordHash,
        Set<String> roles,
        boolean mustChangePassword,
        boolean locked,
        boolean enabled)
        implements UserDetails, CredentialsContainer {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).collect(Collectors.toSet());
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
