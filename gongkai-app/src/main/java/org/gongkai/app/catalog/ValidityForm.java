package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** The disclosure office's record of a 规范性文件 repealed (废止) or expired (失效): which, on what day, why. */
class ValidityForm {
    private String validity = "REPEALED";
    private String changedOn = "";
    private String reason = "";

    /** What was checked: the new validity and its day, the reason. */
    record Checked(Validity validity, LocalDate changedOn, String reason) {}

    public String getValidity() {
        return validity;
    }

    public void setValidity(String validity) {
        this.validity = validity == null ? "" : validity;
    }

    public String getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(String changedOn) {
        this.changedOn = changedOn == null ? "" : changedOn.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    /** The checked record, or null with each problem at its field; the day is not after {@code today}. */
    Checked check(LocalDate today, Errors errors) {
        Validity to = null;
        if ("REPEALED".equals(validity) || "EXPIRED".equals(validity)) {
            to = Validity.valueOf(validity);
        } else {
            errors.rejectValue("validity", "register.validity.invalid");
        }
        LocalDate on = null;
        if (changedOn.isEmpty()) {
            errors.rejectValue("changedOn", "register.date.required");
        } else {
            try {
                on = LocalDate.parse(changedOn);
                if (on.isAfter(today)) {
                    errors.rejectValue("changedOn", "register.date.future");
                    on = null;
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("changedOn", "register.date.invalid");
            }
        }
        String r = reason.strip();
        if (r.isEmpty()) {
            errors.rejectValue("reason", "item.reason.required");
        } else if (r.length() > ReasonForm.MAX) {
            errors.rejectValue("reason", "item.reason.tooLong", new Object[] {ReasonForm.MAX}, null);
        }
        return errors.hasErrors() ? null : new Checked(to, on, r);
    }
}
