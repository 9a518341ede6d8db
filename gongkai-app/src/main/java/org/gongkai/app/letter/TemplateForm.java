package org.gongkai.app.letter;

/** A template as the agency edits it: the headline and the body, one paragraph per line. */
class TemplateForm {
    private String headline = "";
    private String body = "";

    static TemplateForm of(LetterTemplate t) {
        TemplateForm f = new TemplateForm();
        f.setHeadline(t.headline());
        f.setBody(t.body());
        return f;
    }

    /** The template entered, its lines stripped and blank lines dropped. */
    LetterTemplate template() {
        String cleanBody = String.join(
                "\n", body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return new LetterTemplate(headline.strip(), cleanBody);
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline == null ? "" : headline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
