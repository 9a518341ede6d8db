package org.gongkai.app.agency;

/** What the platform administrator types to create or correct an agency. */
class AgencyForm {
    private String name = "";
    private String shortName = "";
    private String creditCode = "";
    private Long supervisorId;
    private String adminUsername = "";
    private String adminDisplayName = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName == null ? "" : shortName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode == null ? "" : creditCode;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    /** The username of the agency's first administrator, when it is brought on board with one (optional). */
    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername == null ? "" : adminUsername;
    }

    public String getAdminDisplayName() {
        return adminDisplayName;
    }

    public void setAdminDisplayName(String adminDisplayName) {
        this.adminDisplayName = adminDisplayName == null ? "" : adminDisplayName;
    }

    /** Whether the form names a first administrator. */
    boolean namesAdministrator() {
        return !adminUsername.isBlank() || !adminDisplayName.isBlank();
    }
}
