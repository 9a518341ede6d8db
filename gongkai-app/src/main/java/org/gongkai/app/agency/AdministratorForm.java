package org.gongkai.app.agency;

/** What the platform administrator types to give an agency an administrator. */
class AdministratorForm {
    private String adminUsername = "";
    private String adminDisplayName = "";

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
}
