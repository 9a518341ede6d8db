package org.gongkai.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A row of table 3 (收到和处理政府信息公开申请情况) with its JSON key (report-json.md), its printed label
 * (domain-spec §2.4, Simplified) and the editions that have it. The only difference between the
 * editions is （六）其他处理: one row in 2019, three sub-rows in 2021.
 */
public enum Table3Row {
    NEW_RECEIVED("newReceived", null, "一、本年新收政府信息公开申请数量", Group.NONE),
    CARRIED_OVER("carriedOver", null, "二、上年结转政府信息公开申请数量", Group.NONE),
    GRANTED("granted", null, "（一）予以公开", Group.RESULT),
    PARTIALLY_GRANTED("partiallyGranted", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group.RESULT),
    STATE_SECRET("withheld.stateSecret", "1", "属于国家秘密", Group.WITHHELD),
    PROHIBITED_BY_LAW("withheld.prohibitedByLaw", "2", "其他法律行政法规禁止公开", Group.WITHHELD),
    THREE_SECURITY_ONE_STABILITY("withheld.threeSecurityOneStability", "3", "危及“三安全一稳定”", Group.WITHHELD),
    THIRD_PARTY_RIGHTS("withheld.thirdPartyRights", "4", "保护第三方合法权益", Group.WITHHELD),
    INTERNAL_AFFAIRS("withheld.internalAffairs", "5", "属于三类内部事务信息", Group.WITHHELD),
    PROCESS_INFORMATION("withheld.processInformation", "6", "属于四类过程性信息", Group.WITHHELD),
    LAW_ENFORCEMENT_FILES("withheld.lawEnforcementFiles", "7", "属于行政执法案卷", Group.WITHHELD),
    ADMINISTRATIVE_INQUIRY("withheld.administrativeInquiry", "8", "属于行政查询事项", Group.WITHHELD),
    NOT_HELD("unavailable.notHeld", "1", "本机关不掌握相关政府信息", Group.UNAVAILABLE),
    NEEDS_CREATION("unavailable.needsCreation", "2", "没有现成信息需要另行制作", Group.UNAVAILABLE),
    STILL_UNCLEAR("unavailable.stillUnclearAfterCorrection", "3", "补正后申请内容仍不明确", Group.UNAVAILABLE),
    PETITION_COMPLAINT("notProcessed.petitionComplaint", "1", "信访举报投诉类申请", Group.NOT_PROCESSED),
    DUPLICATE("notProcessed.duplicate", "2", "重复申请", Group.NOT_PROCESSED),
    PUBLICATION("notProcessed.publication", "3", "要求提供公开出版物", Group.NOT_PROCESSED),
    MASS_REPEATED("notProcessed.massRepeated", "4", "无正当理由大量反复申请", Group.NOT_PROCESSED),
    CONFIRM_OR_REISSUE("notProcessed.confirmOrReissue", "5", "要求行政机关确认或重新出具已获取信息", Group.NOT_PROCESSED),
    /** 2019 edition only: （六）其他处理 as one row. */
    OTHER("other", null, "（六）其他处理", Group.OTHER_2019),
    NO_CORRECTION_IN_TIME("other.noCorrectionInTime", "1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group.OTHER_2021),
    FEE_NOT_PAID("other.feeNotPaid", "2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group.OTHER_2021),
    OTHER_OTHER("other.other", "3", "其他", Group.OTHER_2021),
    TOTAL("total", null, "（七）总计", Group.NONE),
    CARRIED_FORWARD("carriedForward", null, "四、结转下年度继续办理", Group.NONE);

    /** The printed groups of result rows; the group heading of a numbered sub-row. */
    public enum Group {
        NONE(null),
        RESULT(null),
        WITHHELD("（三）不予公开"),
        UNAVAILABLE("（四）无法提供"),
        NOT_PROCESSED("（五）不予处理"),
        OTHER_2019(null),
        OTHER_2021("（六）其他处理");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        /** e.g. "（三）不予公开"; null for rows that stand alone. */
        public String heading() {
            return heading;
        }
    }

    private final String key;
    private final String number;
    private final String text;
    private final Group group;

    Table3Row(String key, String number, String text, Group group) {
        this.key = key;
        this.number = number;
        this.text = text;
        this.group = group;
    }

    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The label as printed in the row's own cell, e.g. "1.属于国家秘密" or "（一）予以公开". */
    public String label() {
        return number == null ? text : number + "." + text;
    }

    /** The label without its numbering, e.g. "属于国家秘密". */
    public String text() {
        return text;
    }

    /** The label a person reads in a message, e.g. "三（三）1.属于国家秘密" or "一、本年新收…". */
    public String qualifiedLabel() {
        if (group.heading() != null) {
            return "三" + group.heading().substring(0, 3) + label();
        }
        if (group == Group.RESULT || group == Group.OTHER_2019 || this == TOTAL) {
            return "三" + label();
        }
        return label();
    }

    /** Whether this row is one of the result rows that add up to （七）总计 (rule T3-03). */
    public boolean isResult() {
        return group != Group.NONE;
    }

    public boolean existsIn(Edition edition) {
        return switch (group) {
            case OTHER_2019 -> edition == Edition.E2019;
            case OTHER_2021 -> edition == Edition.E2021;
            default -> true;
        };
    }

    public static Table3Row byKey(String key) {
        for (Table3Row r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        return null;
    }

    static List<Table3Row> rowsOf(Edition edition) {
        List<Table3Row> rows = new ArrayList<>();
        for (Table3Row r : values()) {
            if (r.existsIn(edition)) {
                rows.add(r);
            }
        }
        return List.copyOf(rows);
    }

    /** The result rows of the edition whose sum is （七）总计. */
    public static Set<Table3Row> resultRows(Edition edition) {
        Set<Table3Row> rows = EnumSet.noneOf(Table3Row.class);
        for (Table3Row r : values()) {
            if (r.isResult() && r.existsIn(edition)) {
                rows.add(r);
            }
        }
        return rows;
    }
}
