package org.gongkai.app.letter;

/** The agency's 文号 template, as entered. */
class NumberingForm {
    private String numberTemplate = "";

    static NumberingForm of(String template) {
        NumberingForm f = new NumberingForm();
        f.setNumberTemplate(template);
        return f;
    }

    public String getNumberTemplate() {
        return numberTemplate;
    }

    public void setNumberTemplate(String numberTemplate) {
        this.numberTemplate = numberTemplate == null ? "" : numberTemplate;
    }
}
