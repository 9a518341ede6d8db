package org.gongkai.app.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.app.system.api.Role;

/**
 * A person who signs in: belongs to one agency (or the supervising office), maybe to one of its
 * departments, and holds one or more {@link Role}s. A new or reset password must be changed at the
 * next sign-in; repeated failed sign-ins lock the account for a while.
 */
@Entity
@Table(name = "person")
class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long agencyId;

    private Long departmentId;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean mustChangePassword = true;

    private OffsetDateTime passwordChangedAt;

    private int failedLogins;

    private OffsetDateTime lockedUntil;

    private boolean enabled = true;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {}

    public Person(
            Long agencyId,
            Long departmentId,
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            OffsetDateTime createdAt) {
        this.agencyId = agencyId;
        this.departmentId = departmentId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long departmentId() {
        return departmentId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** When the person last chose a password; null while they still have an initial one. */
    public OffsetDateTime passwordChangedAt() {
        return passwordChangedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The person chose a new password: the initial-password obligation ends. */
    public void changePassword(String newHash, OffsetDateTime at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
    }

    /** An administrator set a password the person must change at the next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /**
     * One more failed sign-in; the {@code maxAttempts}-th in a row locks the account until {@code
     * lockUntilIfReached} and starts the count again.
     *
     * @return whether this failure locked the account
     */
    public boolean loginFailed(int maxAttempts, OffsetDateTime lockUntilIfReached) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = lockUntilIfReached;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void assign(Long departmentId, String displayName, Set<Role> roles) {
        this.departmentId = departmentId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }
}
