package org.gongkai.app.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reconsideration or lawsuit against the agency about its disclosure work (条例第五十一条): its kind (the
 * group of table 4), when it was filed, the reconsideration body or court, the case number, and its result —
 * {@link AppealResult#PENDING} until a decision is recorded, then the decision and its date. The case guards
 * its result: a decision is recorded once; changing it afterwards is a correction with a reason.
 */
@Entity
@Table(name = "appeal")
class Appeal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealKind kind;

    private Long requestId;

    private String trackingNumber;

    @Column(nullable = false)
    private LocalDate filedOn;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealResult result = AppealResult.PENDING;

    private LocalDate decidedOn;

    private String note;

    private Long recordedBy;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Appeal() {}

    Appeal(
            long agencyId,
            AppealKind kind,
            LocalDate filedOn,
            String body,
            String caseNumber,
            Long requestId,
            String trackingNumber,
            String note,
            Long recordedBy,
            OffsetDateTime createdAt) {
        this.agencyId = agencyId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.filedOn = Objects.requireNonNull(filedOn, "filedOn");
        this.body = body;
        this.caseNumber = caseNumber;
        this.requestId = requestId;
        this.trackingNumber = trackingNumber;
        this.note = note;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    /** Records the decision of a pending case; refuses when a result is already recorded or the dates do not fit. */
    void recordResult(AppealResult decision, LocalDate on) {
        if (result.decided()) {
            throw new AppealRefused(
                    "appeal.refused.alreadyDecided",
                    new DefaultMessageSourceResolvable("appealResult." + result.name()));
        }
        if (!decision.decided()) {
            throw new AppealRefused("appeal.refused.noDecision");
        }
        setResult(decision, on);
    }

    /** Corrects the recorded result (to another result, another date, or back to pending); refuses a non-change. */
    void correctResult(AppealResult corrected, LocalDate on) {
        if (!result.decided()) {
            throw new AppealRefused("appeal.refused.nothingToCorrect");
        }
        if (corrected == result && Objects.equals(on, decidedOn)) {
            throw new AppealRefused("appeal.refused.unchanged");
        }
        setResult(corrected, on);
    }

    private void setResult(AppealResult newResult, LocalDate on) {
        if (newResult.decided() && on == null) {
            throw new AppealRefused("appeal.refused.decidedOnMissing");
        }
        if (!newResult.decided() && on != null) {
            throw new AppealRefused("appeal.refused.pendingWithDate");
        }
        if (on != null && on.isBefore(filedOn)) {
            throw new AppealRefused("appeal.refused.decidedBeforeFiled", AppealRules.day(filedOn));
        }
        this.result = newResult;
        this.decidedOn = on;
    }

    public Long id() {
        return id;
    }

    Long agencyId() {
        return agencyId;
    }

    public AppealKind kind() {
        return kind;
    }

    public Long requestId() {
        return requestId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public String body() {
        return body;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public AppealResult result() {
        return result;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String note() {
        return note;
    }

    /** The facts table 4 counts by. */
    Table4Tally.Case facts() {
        return new Table4Tally.Case(id, kind, filedOn, result, decidedOn);
    }
}
