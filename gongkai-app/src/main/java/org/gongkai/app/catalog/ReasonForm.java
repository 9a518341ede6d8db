package org.gongkai.app.catalog;

import org.springframework.validation.Errors;

/** Why a reviewer returns an item or the office withdraws one: required, at most 1000 characters. */
class ReasonForm {
    static final int MAX = 1000;

    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    /** The reason without surrounding spaces, or null with the problem at the field. */
    String check(Errors errors) {
        String r = reason.strip();
        if (r.isEmpty()) {
            errors.rejectValue("reason", "item.reason.required");
            return null;
        }
        if (r.length() > MAX) {
            errors.rejectValue("reason", "item.reason.tooLong", new Object[] {MAX}, null);
            return null;
        }
        return r;
    }
}
