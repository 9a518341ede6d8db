package org.gongkai.app.appeal;

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
import org.gongkai.app.appeal.api.AppealResult;

/**
 * One line of a case's history on its page: who did what when, the result (and date) it left, and the reason
 * of a correction. Append-only.
 */
@Entity
@Table(name = "appeal_history")
class AppealHistoryEntry {
    /** What was done; the Chinese is {@code appeal.history.<NAME>}. */
    enum Action {
        RECORDED,
        RESULT_RECORDED,
        RESULT_CORRECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long appealId;

    @Column(nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealResult result;

    private LocalDate decidedOn;

    private String reason;

    protected AppealHistoryEntry() {}

    AppealHistoryEntry(Appeal appeal, OffsetDateTime occurredAt, String actorName, Action action, String reason) {
        this.appealId = appeal.id();
        this.occurredAt = occurredAt;
        this.actorName = actorName.length() > 100 ? actorName.substring(0, 100) : actorName;
        this.action = action;
        this.result = appeal.result();
        this.decidedOn = appeal.decidedOn();
        this.reason = reason;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actorName() {
        return actorName;
    }

    public Action action() {
        return action;
    }

    public AppealResult result() {
        return result;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }
}
