package org.gongkai.app.agency;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.app.system.api.Role;

/** What an agency administrator types to create a person or change one (the username only at creation). */
class PersonForm {
    private String username = "";
    private String displayName = "";
    private Long departmentId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
