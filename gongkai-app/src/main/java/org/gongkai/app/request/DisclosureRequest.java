package org.gongkai.app.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.calendar.api.WorkingDayDate;

/**
 * An application for disclosure (政府信息公开申请, 条例第二十七—四十五条) and its statutory clock. The
 * request guards its own procedure: each step checks the state it is in and refuses, naming that state,
 * what the law does not allow. Deadlines are computed on the platform's working-day calendar and kept on
 * the request ({@link #due()}), so "overdue" is a comparison and a holiday notice loaded later can
 * recompute them ({@link #recompute}).
 *
 * <p>The clock (domain-spec §1.6): 20 working days after the day of receipt (the day itself not counted,
 * 第三十三条), restarted from the receipt of a corrected request (第三十条), lengthened by the working days
 * a consultation took (第三十二、三十四条) and by one extension of at most 20 working days (第三十三条).
 */
@Entity
@Table(name = "disclosure_request")
class DisclosureRequest {
    /** The steps of the procedure, named in refusals ({@code request.step.<STEP>}). */
    enum Step {
        REGISTER,
        REQUEST_CLARIFICATION,
        RECEIVE_CLARIFICATION,
        LAPSE_CLARIFICATION,
        START_CONSULTATION,
        END_CONSULTATION,
        EXTEND,
        SEND_FEE_NOTICE,
        PAY_FEE,
        LAPSE_PAYMENT,
        ANSWER
    }

    /** 第三十三条: the reply is due within 20 working days. */
    static final int REPLY_WORKING_DAYS = 20;
    /** 第三十条: the clarification notice is due within 7 working days of receipt. */
    static final int CLARIFICATION_NOTICE_WORKING_DAYS = 7;
    /** 第三十三条: an extension is at most 20 working days. */
    static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** 国办函〔2020〕109号: the fee is due within 20 working days of the day after the notice was received. */
    static final int PAYMENT_WORKING_DAYS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String trackingNumber;

    @Column(nullable = false)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Embedded
    private Applicant applicant;

    @Column(nullable = false)
    private String description;

    private String delivery;

    private Long registeredBy;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @Column(nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state = RequestState.IN_PROCESS;

    private LocalDate clockStartsOn;
    private boolean clarificationAsked;
    private LocalDate clarificationDueOn;
    private LocalDate consultationStartedOn;
    private int pausedWorkingDays;
    private int extensionWorkingDays;
    private LocalDate paymentDueOn;
    private LocalDate answeredOn;
    private LocalDate dueOn;
    private boolean dueProvisional;
    private LocalDate clarificationNoticeOn;

    @Enumerated(EnumType.STRING)
    private ConsultationKind consultationKind;

    private String consultedParty;
    private Long feeAmount;
    private LocalDate feeNoticeReceivedOn;
    private String outcome;
    private String legalGround;
    private LocalDate concludedOn;

    @OneToMany(cascade = jakarta.persistence.CascadeType.ALL)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("id")
    private List<RequestStep> steps = new ArrayList<>();

    protected DisclosureRequest() {}

    /** A request as the law sees it: received on {@code receivedOn}, nothing else known yet (for the clock's tests). */
    DisclosureRequest(LocalDate receivedOn, WorkingDayCalendar calendar) {
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.clockStartsOn = receivedOn;
        recompute(calendar);
    }

    /** A registered request of {@code agencyId}, with its applicant, what they ask for, and how it came. */
    DisclosureRequest(
            Long agencyId,
            String trackingNumber,
            String accessCodeHash,
            Channel channel,
            Applicant applicant,
            String description,
            String delivery,
            LocalDate receivedOn,
            Long registeredBy,
            OffsetDateTime createdAt,
            WorkingDayCalendar calendar) {
        this(receivedOn, calendar);
        this.agencyId = Objects.requireNonNull(agencyId, "agencyId");
        this.trackingNumber = trackingNumber;
        this.accessCodeHash = accessCodeHash;
        this.channel = channel;
        this.applicant = applicant;
        this.description = description;
        this.delivery = delivery;
        this.registeredBy = registeredBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    Long agencyId() {
        return agencyId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    String accessCodeHash() {
        return accessCodeHash;
    }

    public Channel channel() {
        return channel;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String description() {
        return description;
    }

    public String delivery() {
        return delivery;
    }

    /** The stored due day (the query for overdue and due-soon lists reads this column). */
    public LocalDate dueOn() {
        return dueOn;
    }

    /** Whether the due day was computed into a year without a holiday notice (暂定). */
    public boolean dueProvisional() {
        return dueProvisional;
    }

    /** 收到申请之日 (第三十一条, by channel). */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    public RequestState state() {
        return state;
    }

    /** The last day to reply; {@link Certainty#PROVISIONAL} when it reaches a year without a holiday notice. */
    WorkingDayDate due() {
        return new WorkingDayDate(dueOn, dueProvisional ? Certainty.PROVISIONAL : Certainty.FINAL, new TreeSet<>());
    }

    /** The last day to send the clarification notice (第三十条: 7 working days after receipt). */
    LocalDate clarificationNoticeDue(WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(receivedOn, CLARIFICATION_NOTICE_WORKING_DAYS)
                .date();
    }

    /** The day the applicant must correct the request by, while it waits for them. */
    public LocalDate clarificationDueOn() {
        return clarificationDueOn;
    }

    /** The day the fee must be paid by, while a fee notice waits. */
    public LocalDate paymentDueOn() {
        return paymentDueOn;
    }

    public int extensionWorkingDays() {
        return extensionWorkingDays;
    }

    public int pausedWorkingDays() {
        return pausedWorkingDays;
    }

    /** Whether the reply is late on {@code today}: not concluded and past its due day. */
    boolean overdueOn(LocalDate today) {
        return !state.concluded() && state != RequestState.AWAITING_CLARIFICATION && today.isAfter(dueOn);
    }

    /**
     * 第三十条: asks the applicant, once and for everything, to complete the request by {@code correctBy}.
     * The reply clock waits for the corrected request.
     */
    void requestClarification(LocalDate noticeSentOn, LocalDate correctBy) {
        require(RequestState.IN_PROCESS, Step.REQUEST_CLARIFICATION);
        if (clarificationAsked) {
            throw new StepRefused("request.refused.clarificationOnce");
        }
        if (!correctBy.isAfter(noticeSentOn)) {
            throw new StepRefused("request.refused.correctByAfterNotice");
        }
        if (noticeSentOn.isBefore(receivedOn)) {
            throw new StepRefused("request.refused.beforeReceipt");
        }
        clarificationAsked = true;
        clarificationNoticeOn = noticeSentOn;
        clarificationDueOn = correctBy;
        state = RequestState.AWAITING_CLARIFICATION;
    }

    /** The corrected request arrived on {@code receivedOn}: the 20 working days start again from it. */
    void clarificationReceived(LocalDate correctedOn, WorkingDayCalendar calendar) {
        require(RequestState.AWAITING_CLARIFICATION, Step.RECEIVE_CLARIFICATION);
        if (correctedOn.isBefore(clarificationNoticeOn)) {
            throw new StepRefused("request.refused.correctedBeforeNotice");
        }
        clockStartsOn = correctedOn;
        clarificationDueOn = null;
        state = RequestState.IN_PROCESS;
        recompute(calendar);
    }

    /** The correction period ended on {@code today} without a correction: 视为放弃申请. */
    void clarificationLapsed(LocalDate today) {
        require(RequestState.AWAITING_CLARIFICATION, Step.LAPSE_CLARIFICATION);
        if (!today.isAfter(clarificationDueOn)) {
            throw new StepRefused("request.refused.clarificationNotLapsed", clarificationDueOn);
        }
        state = RequestState.ABANDONED_NO_CLARIFICATION;
        conclude(today, Outcome.forLapse(state, today), LegalGround.A30);
    }

    /** A consultation letter (征求意见书) went out on {@code sentOn}: the clock pauses (第三十二、三十四条). */
    void consultationStarted(LocalDate sentOn) {
        consultationStarted(sentOn, ConsultationKind.THIRD_PARTY, null);
    }

    /** The same, naming whom: a third party (第三十二条) or another agency (第三十四条). */
    void consultationStarted(LocalDate sentOn, ConsultationKind kind, String party) {
        require(RequestState.IN_PROCESS, Step.START_CONSULTATION);
        if (sentOn.isBefore(receivedOn)) {
            throw new StepRefused("request.refused.beforeReceipt");
        }
        consultationStartedOn = sentOn;
        consultationKind = kind;
        consultedParty = party;
        state = RequestState.CONSULTING;
    }

    /**
     * The consultation ended on {@code endedOn} (the answer arrived, or the 15 working days passed): the
     * working days it took are added to the reply deadline.
     */
    void consultationEnded(LocalDate endedOn, WorkingDayCalendar calendar) {
        require(RequestState.CONSULTING, Step.END_CONSULTATION);
        if (endedOn.isBefore(consultationStartedOn)) {
            throw new StepRefused("request.refused.consultationEndsBeforeStart");
        }
        pausedWorkingDays +=
                calendar.workingDaysBetween(consultationStartedOn, endedOn).days();
        consultationStartedOn = null;
        consultationKind = null;
        consultedParty = null;
        state = RequestState.IN_PROCESS;
        recompute(calendar);
    }

    /**
     * 第三十三条: the head of the disclosure office extends the deadline by {@code workingDays} (1–20), once,
     * before it has passed.
     */
    void extend(int workingDays, LocalDate approvedOn, WorkingDayCalendar calendar) {
        require(RequestState.IN_PROCESS, Step.EXTEND);
        if (extensionWorkingDays > 0) {
            throw new StepRefused("request.refused.extendedOnce");
        }
        if (workingDays < 1 || workingDays > MAX_EXTENSION_WORKING_DAYS) {
            throw new StepRefused("request.refused.extensionLength", MAX_EXTENSION_WORKING_DAYS);
        }
        if (approvedOn.isAfter(dueOn)) {
            throw new StepRefused("request.refused.extensionTooLate", dueOn);
        }
        extensionWorkingDays = workingDays;
        recompute(calendar);
    }

    /**
     * A fee notice (收费通知) reached the applicant on {@code receivedByApplicantOn}: they have 20 working days
     * from the next day to pay. Whether the reply clock pauses meanwhile is open in the law (domain-spec §4.4
     * [U]); here it runs on.
     */
    void feeNoticeSent(LocalDate receivedByApplicantOn, WorkingDayCalendar calendar) {
        feeNoticeSent(receivedByApplicantOn, 0, calendar);
    }

    /** The same, with the amount notified (元, {@link ProcessingFees}). */
    void feeNoticeSent(LocalDate receivedByApplicantOn, long amount, WorkingDayCalendar calendar) {
        require(RequestState.IN_PROCESS, Step.SEND_FEE_NOTICE);
        if (feeAmount != null) {
            throw new StepRefused("request.refused.feeNoticeOnce");
        }
        if (receivedByApplicantOn.isBefore(receivedOn)) {
            throw new StepRefused("request.refused.beforeReceipt");
        }
        feeAmount = amount;
        feeNoticeReceivedOn = receivedByApplicantOn;
        paymentDueOn = calendar.addWorkingDays(receivedByApplicantOn, PAYMENT_WORKING_DAYS)
                .date();
        state = RequestState.AWAITING_PAYMENT;
    }

    void feePaid() {
        require(RequestState.AWAITING_PAYMENT, Step.PAY_FEE);
        state = RequestState.IN_PROCESS;
    }

    /** The payment period ended on {@code today} unpaid: 视为放弃申请. */
    void paymentLapsed(LocalDate today) {
        require(RequestState.AWAITING_PAYMENT, Step.LAPSE_PAYMENT);
        if (!today.isAfter(paymentDueOn)) {
            throw new StepRefused("request.refused.paymentNotLapsed", paymentDueOn);
        }
        state = RequestState.ABANDONED_NO_PAYMENT;
        conclude(today, Outcome.forLapse(state, today), LegalGround.FEE_MEASURES);
    }

    /**
     * The reply (答复书 / 告知书) was issued on {@code on} (第三十六条), with its statistical outcome — a row of
     * the table-3 edition of {@code on}'s year — and the article it rests on.
     */
    void answered(LocalDate on, Outcome outcome, LegalGround ground) {
        require(RequestState.IN_PROCESS, Step.ANSWER);
        if (on.isBefore(receivedOn)) {
            throw new StepRefused("request.refused.answerBeforeReceipt");
        }
        if (!Outcome.offeredOn(on).contains(outcome)) {
            throw new StepRefused("request.refused.outcomeNotInEdition", on.getYear());
        }
        if (!outcome.grounds().contains(ground)) {
            throw new StepRefused("request.refused.groundNotForOutcome");
        }
        answeredOn = on;
        state = RequestState.ANSWERED;
        conclude(on, outcome, ground);
    }

    private void conclude(LocalDate on, Outcome outcome, LegalGround ground) {
        this.concludedOn = on;
        this.outcome = outcome.key();
        this.legalGround = ground.name();
    }

    /** The statistical outcome, once concluded. */
    public Outcome outcome() {
        return outcome == null ? null : Outcome.byKey(outcome).orElseThrow();
    }

    public LegalGround legalGround() {
        return legalGround == null ? null : LegalGround.valueOf(legalGround);
    }

    /** The day it was answered or recorded as abandoned; null while open. */
    public LocalDate concludedOn() {
        return concludedOn;
    }

    public ConsultationKind consultationKind() {
        return consultationKind;
    }

    public String consultedParty() {
        return consultedParty;
    }

    public LocalDate consultationStartedOn() {
        return consultationStartedOn;
    }

    public Long feeAmount() {
        return feeAmount;
    }

    /** Whether clarification was already asked (第三十条: once). */
    boolean clarificationAsked() {
        return clarificationAsked;
    }

    /** Keeps a step in the timeline, with the due day it left. */
    void record(RequestStep step) {
        step.leftDue(dueOn, dueProvisional);
        steps.add(step);
    }

    /** The timeline, in the order the steps were recorded. */
    public List<RequestStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The steps the law allows now, in the order the page offers them. */
    List<Step> allowedSteps() {
        return switch (state) {
            case IN_PROCESS -> {
                List<Step> allowed = new ArrayList<>();
                allowed.add(Step.ANSWER);
                if (!clarificationAsked) {
                    allowed.add(Step.REQUEST_CLARIFICATION);
                }
                allowed.add(Step.START_CONSULTATION);
                if (extensionWorkingDays == 0) {
                    allowed.add(Step.EXTEND);
                }
                if (feeAmount == null) {
                    allowed.add(Step.SEND_FEE_NOTICE);
                }
                yield allowed;
            }
            case AWAITING_CLARIFICATION -> List.of(Step.RECEIVE_CLARIFICATION, Step.LAPSE_CLARIFICATION);
            case CONSULTING -> List.of(Step.END_CONSULTATION);
            case AWAITING_PAYMENT -> List.of(Step.PAY_FEE, Step.LAPSE_PAYMENT);
            default -> List.of();
        };
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    /** Computes the due day again, e.g. when a holiday notice was loaded for a year it reaches. */
    void recompute(WorkingDayCalendar calendar) {
        WorkingDayDate due =
                calendar.addWorkingDays(clockStartsOn, REPLY_WORKING_DAYS + extensionWorkingDays + pausedWorkingDays);
        dueOn = due.date();
        dueProvisional = due.certainty() == Certainty.PROVISIONAL;
        if (state == RequestState.AWAITING_PAYMENT && feeNoticeReceivedOn != null) {
            paymentDueOn = calendar.addWorkingDays(feeNoticeReceivedOn, PAYMENT_WORKING_DAYS)
                    .date();
        }
    }

    private void require(RequestState expected, Step step) {
        if (state != expected) {
            throw new StepRefused("request.refused.state", state, step);
        }
    }
}
