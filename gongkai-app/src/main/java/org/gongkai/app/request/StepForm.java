package org.gongkai.app.request;

import java.time.LocalDate;
import org.gongkai.app.letter.api.WithholdingGround;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type for one step of a request; each step's form uses the fields it needs (the day of the step,
 * the correct-by day, whom was consulted, the extension and its approver, the fee's basis, the outcome and
 * its legal ground, a note).
 */
class StepForm {
    /** How the fee of a fee notice is counted (国办函〔2020〕109号 第四条 按件, 第五条 按量). */
    enum FeeBasis {
        BY_CASES,
        BY_PAGES
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;

    private ConsultationKind consultationKind;
    private String party = "";
    private Integer workingDays;
    private Long approver;
    private FeeBasis feeBasis;
    private Integer quantity;
    private String outcome = "";
    private LegalGround legalGround;
    private String note = "";
    private String obtain = "";
    private String paymentMethod = "";
    private WithholdingGround withholding;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public ConsultationKind getConsultationKind() {
        return consultationKind;
    }

    public void setConsultationKind(ConsultationKind consultationKind) {
        this.consultationKind = consultationKind;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party == null ? "" : party;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public Long getApprover() {
        return approver;
    }

    public void setApprover(Long approver) {
        this.approver = approver;
    }

    public FeeBasis getFeeBasis() {
        return feeBasis;
    }

    public void setFeeBasis(FeeBasis feeBasis) {
        this.feeBasis = feeBasis;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome == null ? "" : outcome;
    }

    public LegalGround getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(LegalGround legalGround) {
        this.legalGround = legalGround;
    }

    /** How and where the applicant obtains the information (the reply's {获取方式}). */
    public String getObtain() {
        return obtain;
    }

    public void setObtain(String obtain) {
        this.obtain = obtain == null ? "" : obtain;
    }

    /** How to pay the fee (the fee notice's {缴费方式}). */
    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod == null ? "" : paymentMethod;
    }

    /** Why the rest is withheld, for a 部分公开 reply ({条款} and {理由}). */
    public WithholdingGround getWithholding() {
        return withholding;
    }

    public void setWithholding(WithholdingGround withholding) {
        this.withholding = withholding;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }
}
