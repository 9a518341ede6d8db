package org.gongkai.app.appeal;

import java.time.LocalDate;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.springframework.format.annotation.DateTimeFormat;

/** What the disclosure office types to record a case; kept as typed when the page comes back with errors. */
class AppealForm {
    private AppealKind kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;

    private String body = "";
    private String caseNumber = "";
    private String trackingNumber = "";
    private AppealResult result = AppealResult.PENDING;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    private String note = "";

    public AppealKind getKind() {
        return kind;
    }

    public void setKind(AppealKind kind) {
        this.kind = kind;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber == null ? "" : caseNumber;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber == null ? "" : trackingNumber;
    }

    public AppealResult getResult() {
        return result;
    }

    public void setResult(AppealResult result) {
        this.result = result;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }
}
