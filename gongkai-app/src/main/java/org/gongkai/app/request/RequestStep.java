package org.gongkai.app.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;

/**
 * One step of a request's life as the timeline shows it (条例第四十五条: 申请登记、审核、办理、答复): what was
 * done, on which day, by whom (null: the platform's daily job), the dates and figures it set, and the due
 * day it left. Written once, never changed.
 */
@Entity
@Table(name = "request_step")
class RequestStep {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisclosureRequest.Step kind;

    @Column(nullable = false)
    private LocalDate onDate;

    private LocalDate untilDate;
    private Integer workingDays;
    private String party;
    private Long amount;
    private String outcome;
    private String legalGround;
    private String note;
    private Long actorId;

    @Column(nullable = false)
    private String actorName;

    private Long approverId;
    private String approverName;
    private LocalDate dueOn;
    private boolean dueProvisional;

    @Column(nullable = false)
    private OffsetDateTime recordedAt;

    private Long letterId;

    @Enumerated(EnumType.STRING)
    private LetterKind letterKind;

    private String letterNumber;

    protected RequestStep() {}

    RequestStep(DisclosureRequest.Step kind, LocalDate onDate, Long actorId, String actorName, OffsetDateTime at) {
        this.kind = kind;
        this.onDate = onDate;
        this.actorId = actorId;
        this.actorName = actorName;
        this.recordedAt = at;
    }

    RequestStep until(LocalDate date) {
        this.untilDate = date;
        return this;
    }

    RequestStep workingDays(int days) {
        this.workingDays = days;
        return this;
    }

    RequestStep party(String party) {
        this.party = party;
        return this;
    }

    RequestStep amount(long yuan) {
        this.amount = yuan;
        return this;
    }

    RequestStep outcome(Outcome outcome, LegalGround ground) {
        this.outcome = outcome.key();
        this.legalGround = ground == null ? null : ground.name();
        return this;
    }

    RequestStep note(String note) {
        this.note = note == null || note.isBlank() ? null : note;
        return this;
    }

    RequestStep approver(Long personId, String name) {
        this.approverId = personId;
        this.approverName = name;
        return this;
    }

    /** The letter this step issued (in the same transaction). */
    RequestStep letter(IssuedLetter letter) {
        if (letter != null) {
            this.letterId = letter.id().value();
            this.letterKind = letter.kind();
            this.letterNumber = letter.documentNumber();
        }
        return this;
    }

    void leftDue(LocalDate dueOn, boolean provisional) {
        this.dueOn = dueOn;
        this.dueProvisional = provisional;
    }

    public DisclosureRequest.Step kind() {
        return kind;
    }

    public LocalDate onDate() {
        return onDate;
    }

    public LocalDate untilDate() {
        return untilDate;
    }

    public Integer workingDays() {
        return workingDays;
    }

    public String party() {
        return party;
    }

    public Long amount() {
        return amount;
    }

    /** The outcome's row, or null. */
    public Outcome outcome() {
        return outcome == null ? null : Outcome.byKey(outcome).orElse(null);
    }

    public String legalGround() {
        return legalGround;
    }

    public String note() {
        return note;
    }

    /** Whether the platform's daily job recorded it. */
    public boolean bySystem() {
        return actorId == null;
    }

    public String actorName() {
        return actorName;
    }

    public String approverName() {
        return approverName;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean dueProvisional() {
        return dueProvisional;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    /** The id of the letter the step issued, or null. */
    public Long letterId() {
        return letterId;
    }

    public LetterKind letterKind() {
        return letterKind;
    }

    /** The letter's 文号, or null. */
    public String letterNumber() {
        return letterNumber;
    }
}
