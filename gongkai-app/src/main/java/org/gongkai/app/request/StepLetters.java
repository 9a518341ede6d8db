package org.gongkai.app.request;

import java.util.Map;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.letter.api.Letters;
import org.gongkai.app.letter.api.WithholdingGround;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

/**
 * The letter each step issues, in the step's own transaction ({@code letter :: api}): 受理回执 on registration,
 * 补正告知书, 延期答复告知书, 征求意见函, 收费通知书, and the reply of the answer's outcome. Every such step
 * issues its letter — there is no “不出具文书”: the 文号 register then lists every written notice the law asks
 * for (条例第三十、三十二至三十六条), and a letter sent by other means is this one, printed. A template that needs
 * a value the step did not give refuses the step at the field that gives it: the transaction is rolled back, so
 * no step is recorded and no 文号 is used.
 */
@Component
class StepLetters {
    /** 条例第三十二条: the consulted party answers within 15 working days of receiving the letter. */
    static final int CONSULTATION_WORKING_DAYS = 15;

    private final Letters letters;
    private final AgencyDirectory agencies;

    StepLetters(Letters letters, AgencyDirectory agencies) {
        this.letters = letters;
        this.agencies = agencies;
    }

    /** What every letter about {@code request} says: the agency, applicant, number, receipt, request, due day. */
    LetterData.Builder about(DisclosureRequest request) {
        String agencyName = agencies.find(new AgencyId(request.agencyId()))
                .map(AgencySummary::name)
                .orElseThrow();
        return LetterData.of(agencyName)
                .applicantName(request.applicant().name())
                .trackingNumber(request.trackingNumber())
                .receivedOn(request.receivedOn())
                .requestedInformation(request.description())
                .replyDueOn(request.dueOn());
    }

    /** Issues the letter; {@link LetterRefused} when its template needs what {@code data} leaves empty. */
    IssuedLetter issue(Actor actor, DisclosureRequest request, LetterKind kind, LetterData data) {
        return letters.issue(actor, new AgencyId(request.agencyId()), kind, data);
    }

    /**
     * Tells a refused letter at the step's form — each missing placeholder at the field of {@code fields} that
     * gives it, or above the form — and marks the transaction for rollback. Returns false, as a refused step.
     */
    static boolean refused(LetterRefused refusal, Map<String, String> fields, Errors errors) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        for (String placeholder : refusal.missing()) {
            String field = fields.get(placeholder);
            if (field != null) {
                if (!errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "request.letter.missing", new Object[] {placeholder}, null);
                }
            } else {
                errors.reject("request.letter.missingValue", new Object[] {placeholder}, null);
            }
        }
        return false;
    }

    /** The reply letter an answer with {@code outcome} issues; empty for 其他处理, which has no letter of its own. */
    static Optional<LetterKind> replyKind(Outcome outcome) {
        return Optional.ofNullable(
                switch (outcome) {
                    case GRANTED -> LetterKind.GRANTED;
                    case PARTIALLY_GRANTED -> LetterKind.PARTIALLY_GRANTED;
                    case STATE_SECRET,
                            PROHIBITED_BY_LAW,
                            THREE_SECURITY_ONE_STABILITY,
                            THIRD_PARTY_RIGHTS,
                            INTERNAL_AFFAIRS,
                            PROCESS_INFORMATION,
                            LAW_ENFORCEMENT_FILES -> LetterKind.WITHHELD;
                    case ADMINISTRATIVE_INQUIRY -> LetterKind.OTHER_CHANNEL;
                    case NOT_HELD -> LetterKind.UNAVAILABLE_NOT_HELD;
                    case NEEDS_CREATION -> LetterKind.UNAVAILABLE_NOT_EXISTING;
                    case STILL_UNCLEAR -> LetterKind.UNAVAILABLE_STILL_UNCLEAR;
                    case PETITION_COMPLAINT -> LetterKind.NOT_PROCESSED_PETITION;
                    case DUPLICATE -> LetterKind.NOT_PROCESSED_REPEATED;
                    case PUBLICATION -> LetterKind.NOT_PROCESSED_PUBLICATION;
                    case MASS_REPEATED -> LetterKind.NOT_PROCESSED_EXCESSIVE;
                    case CONFIRM_OR_REISSUE -> LetterKind.NOT_PROCESSED_CONFIRMATION;
                    case OTHER, OTHER_OTHER, NO_CORRECTION_IN_TIME, FEE_NOT_PAID -> null;
                });
    }

    /** The ground a withholding outcome names (三（三）1–8), or null. */
    static WithholdingGround withholdingGround(Outcome outcome) {
        return switch (outcome) {
            case STATE_SECRET -> WithholdingGround.STATE_SECRET;
            case PROHIBITED_BY_LAW -> WithholdingGround.PROHIBITED_BY_LAW;
            case THREE_SECURITY_ONE_STABILITY -> WithholdingGround.THREE_SECURITY_ONE_STABILITY;
            case THIRD_PARTY_RIGHTS -> WithholdingGround.THIRD_PARTY_RIGHTS;
            case INTERNAL_AFFAIRS -> WithholdingGround.INTERNAL_AFFAIRS;
            case PROCESS_INFORMATION -> WithholdingGround.PROCESS_INFORMATION;
            case LAW_ENFORCEMENT_FILES -> WithholdingGround.LAW_ENFORCEMENT_FILES;
            case ADMINISTRATIVE_INQUIRY -> WithholdingGround.ADMINISTRATIVE_INQUIRY;
            default -> null;
        };
    }
}
