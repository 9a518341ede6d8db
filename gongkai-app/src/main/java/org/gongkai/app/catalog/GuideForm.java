package org.gongkai.app.catalog;

import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/**
 * The guide as an agency administrator edits it: every field as typed; an empty field means "generate it
 * from the agency's data". {@link #check} refuses, at the field, one-line fields with hidden characters
 * and text longer than the column holds.
 */
class GuideForm {
    static final int MAX_LINE = 200;
    static final int MAX_PHONE = 100;
    static final int MAX_HOW_TO_APPLY = 4000;
    static final int MAX_TEXT = 2000;

    /** The checked fields, null where the guide is generated. */
    record Checked(String address, String officeHours, String phone, String howToApply, String fees, String remedies) {}

    private String address = "";
    private String officeHours = "";
    private String phone = "";
    private String howToApply = "";
    private String fees = "";
    private String remedies = "";

    static GuideForm of(Guide g) {
        GuideForm f = new GuideForm();
        if (g != null) {
            f.setAddress(g.address());
            f.setOfficeHours(g.officeHours());
            f.setPhone(g.phone());
            f.setHowToApply(g.howToApply());
            f.setFees(g.fees());
            f.setRemedies(g.remedies());
        }
        return f;
    }

    /** The checked fields, or null with the reasons in {@code errors}. */
    Checked check(Errors errors) {
        Checked c = new Checked(
                line(address, "address", MAX_LINE, errors),
                line(officeHours, "officeHours", MAX_LINE, errors),
                line(phone, "phone", MAX_PHONE, errors),
                text(howToApply, "howToApply", MAX_HOW_TO_APPLY, errors),
                text(fees, "fees", MAX_TEXT, errors),
                text(remedies, "remedies", MAX_TEXT, errors));
        return errors.hasErrors() ? null : c;
    }

    private static String line(String value, String field, int max, Errors errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (PlainText.hasHiddenCharacters(v)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (v.length() > max) {
            errors.rejectValue(field, "guide.field.tooLong", new Object[] {max}, null);
        }
        return v;
    }

    private static String text(String value, String field, int max, Errors errors) {
        String v = value.strip().replace("\r\n", "\n");
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            errors.rejectValue(field, "guide.field.tooLong", new Object[] {max}, null);
        }
        return v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = nonNull(address);
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = nonNull(officeHours);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = nonNull(phone);
    }

    public String getHowToApply() {
        return howToApply;
    }

    public void setHowToApply(String howToApply) {
        this.howToApply = nonNull(howToApply);
    }

    public String getFees() {
        return fees;
    }

    public void setFees(String fees) {
        this.fees = nonNull(fees);
    }

    public String getRemedies() {
        return remedies;
    }

    public void setRemedies(String remedies) {
        this.remedies = nonNull(remedies);
    }
}
