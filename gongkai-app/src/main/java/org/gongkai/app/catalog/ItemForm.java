package org.gongkai.app.catalog;

import java.time.format.DateTimeFormatter;

/**
 * What an author types for an item: every field as text, so that what was typed comes back as typed
 * when a field is refused ({@link ItemRules} checks and converts).
 */
class ItemForm {
    private String columnId = "";
    private String title = "";
    private String summary = "";
    private String publisher = "";
    private String formedOn = "";
    private String documentNumber = "";
    private String topic = "";
    private String genre = "";
    private String validity = Validity.IN_FORCE.name();
    private String validityChangedOn = "";
    private String disclosureMode = DisclosureMode.PROACTIVE.name();
    private String body = "";

    /** The form of an item being changed. */
    static ItemForm of(ItemContent c) {
        ItemForm f = new ItemForm();
        f.setColumnId(Long.toString(c.columnId()));
        f.setTitle(c.title());
        f.setSummary(c.summary());
        f.setPublisher(c.publisher());
        f.setFormedOn(c.formedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
        f.setDocumentNumber(c.documentNumber());
        f.setTopic(c.topic());
        f.setGenre(c.genre());
        f.setValidity(c.validity().name());
        f.setValidityChangedOn(
                c.validityChangedOn() == null ? "" : c.validityChangedOn().toString());
        f.setDisclosureMode(c.disclosureMode().name());
        f.setBody(c.body());
        return f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getColumnId() {
        return columnId;
    }

    public void setColumnId(String columnId) {
        this.columnId = text(columnId);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = text(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = text(summary);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = text(publisher);
    }

    public String getFormedOn() {
        return formedOn;
    }

    public void setFormedOn(String formedOn) {
        this.formedOn = text(formedOn);
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = text(documentNumber);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = text(topic);
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = text(genre);
    }

    public String getValidity() {
        return validity;
    }

    public void setValidity(String validity) {
        this.validity = text(validity);
    }

    public String getValidityChangedOn() {
        return validityChangedOn;
    }

    public void setValidityChangedOn(String validityChangedOn) {
        this.validityChangedOn = text(validityChangedOn);
    }

    public String getDisclosureMode() {
        return disclosureMode;
    }

    public void setDisclosureMode(String disclosureMode) {
        this.disclosureMode = text(disclosureMode);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = text(body);
    }
}
