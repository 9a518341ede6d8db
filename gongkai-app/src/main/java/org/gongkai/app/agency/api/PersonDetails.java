package org.gongkai.app.agency.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.app.system.api.Role;

/** What an administrator sets of a person: name, department (by name, as it was then) and roles. */
public record PersonDetails(String displayName, String departmentName, Set<Role> roles) {
    public PersonDetails {
        roles = Set.copyOf(roles);
    }

    /** The fields as the record of actions shows them, roles in a fixed order. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", displayName);
        fields.put("department", departmentName);
        fields.put("roles", roles.stream().sorted().toList());
        return fields;
    }
}
