package org.gongkai.app.agency;

/** The password page: never shown back to the person, not even after an error. */
class PasswordForm {
    private String currentPassword = "";
    private String newPassword = "";
    private String confirmation = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation == null ? "" : confirmation;
    }

    /** Forgets what was typed, so that a page shown again carries no password. */
    void clear() {
        currentPassword = "";
        newPassword = "";
        confirmation = "";
    }
}
