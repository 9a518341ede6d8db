package org.gongkai.app.appeal;

import java.time.LocalDate;
import org.gongkai.app.appeal.api.AppealResult;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A case's result as the office enters it: to record the decision of a pending case, or to correct a
 * recorded one (then with the reason).
 */
class ResultForm {
    private AppealResult result;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    private String reason = "";

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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
