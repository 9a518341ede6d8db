package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.report.Edition;
import org.gongkai.report.Table3Row;

/**
 * The national statistical outcome of a concluded request: one result row of table 3 (三、本年度办理结果) of
 * the edition of the year in which the request is concluded (2019 edition for 2019–2020, 2021 edition from
 * 2021; {@link Edition#requiredFor}), with the articles of the 条例 it may rest on. The key stored with the
 * request is the row's key in the report JSON (report-json.md), e.g. {@code withheld.stateSecret}.
 *
 * <p>The crosswalk from the 条例 to the rows is domain-spec §2.7 [D]; the two abandonment rows are reached only
 * by a lapse ({@link #forLapse}), never chosen in an answer.
 */
enum Outcome {
    GRANTED(Table3Row.GRANTED, LegalGround.A36_2, LegalGround.A36_1),
    PARTIALLY_GRANTED(Table3Row.PARTIALLY_GRANTED, LegalGround.A37),
    STATE_SECRET(Table3Row.STATE_SECRET, LegalGround.A14),
    PROHIBITED_BY_LAW(Table3Row.PROHIBITED_BY_LAW, LegalGround.A14),
    THREE_SECURITY_ONE_STABILITY(Table3Row.THREE_SECURITY_ONE_STABILITY, LegalGround.A14),
    THIRD_PARTY_RIGHTS(Table3Row.THIRD_PARTY_RIGHTS, LegalGround.A15),
    INTERNAL_AFFAIRS(Table3Row.INTERNAL_AFFAIRS, LegalGround.A16_1),
    PROCESS_INFORMATION(Table3Row.PROCESS_INFORMATION, LegalGround.A16_2),
    LAW_ENFORCEMENT_FILES(Table3Row.LAW_ENFORCEMENT_FILES, LegalGround.A16_2),
    ADMINISTRATIVE_INQUIRY(Table3Row.ADMINISTRATIVE_INQUIRY, LegalGround.A36_7),
    NOT_HELD(Table3Row.NOT_HELD, LegalGround.A36_4, LegalGround.A36_5),
    NEEDS_CREATION(Table3Row.NEEDS_CREATION, LegalGround.A38),
    STILL_UNCLEAR(Table3Row.STILL_UNCLEAR, LegalGround.A30),
    PETITION_COMPLAINT(Table3Row.PETITION_COMPLAINT, LegalGround.A39_1),
    DUPLICATE(Table3Row.DUPLICATE, LegalGround.A36_6),
    PUBLICATION(Table3Row.PUBLICATION, LegalGround.A39_2),
    MASS_REPEATED(Table3Row.MASS_REPEATED, LegalGround.A35),
    CONFIRM_OR_REISSUE(Table3Row.CONFIRM_OR_REISSUE, LegalGround.A36_6, LegalGround.OTHER),
    /** 2019 edition: （六）其他处理, one row (abandonments included). */
    OTHER(Table3Row.OTHER, LegalGround.A30, LegalGround.FEE_MEASURES, LegalGround.OTHER),
    /** 2021 edition （六）1: no correction in time (第三十条); reached by {@link #forLapse} only. */
    NO_CORRECTION_IN_TIME(Table3Row.NO_CORRECTION_IN_TIME, LegalGround.A30),
    /** 2021 edition （六）2: the fee not paid in time (国办函〔2020〕109号); reached by {@link #forLapse} only. */
    FEE_NOT_PAID(Table3Row.FEE_NOT_PAID, LegalGround.FEE_MEASURES),
    /** 2021 edition （六）3: any other conclusion (e.g. the applicant withdrew). */
    OTHER_OTHER(Table3Row.OTHER_OTHER, LegalGround.OTHER);

    private final Table3Row row;
    private final Set<LegalGround> grounds;

    Outcome(Table3Row row, LegalGround first, LegalGround... more) {
        this.row = row;
        this.grounds = EnumSet.of(first, more);
    }

    /** The table-3 row counting it. */
    Table3Row row() {
        return row;
    }

    /** The report-JSON key of its row, as stored with the request. */
    public String key() {
        return row.key();
    }

    /** The row as printed, e.g. "三（三）1.属于国家秘密". */
    public String label() {
        return row.qualifiedLabel();
    }

    /** The articles an answer with this outcome may rest on, in the order offered. */
    public List<LegalGround> grounds() {
        return List.copyOf(grounds);
    }

    boolean existsIn(Edition edition) {
        return row.existsIn(edition);
    }

    /** Whether an answer may give it (the abandonment rows of 2021 come from lapses only). */
    boolean byAnswer() {
        return this != NO_CORRECTION_IN_TIME && this != FEE_NOT_PAID;
    }

    /** The outcomes an answer given on {@code day} may choose: its year's edition, in table order. */
    static List<Outcome> offeredOn(LocalDate day) {
        Edition edition = Edition.requiredFor(day.getYear());
        return Arrays.stream(values())
                .filter(o -> o.existsIn(edition) && o.byAnswer())
                .toList();
    }

    /** The row of an abandonment recorded on {@code day}: 2021 （六）1 or （六）2; 2019 （六）. */
    static Outcome forLapse(RequestState abandoned, LocalDate day) {
        if (Edition.requiredFor(day.getYear()) == Edition.E2019) {
            return OTHER;
        }
        return abandoned == RequestState.ABANDONED_NO_PAYMENT ? FEE_NOT_PAID : NO_CORRECTION_IN_TIME;
    }

    static Optional<Outcome> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
    }
}
