package org.gongkai.app.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.app.letter.api.LetterData;

/**
 * The placeholders a letter template may name, each written in the template as {@code {名称}}, and the field of
 * {@link LetterData} (or of the issue) that fills it. Dates read 2020年12月31日; amounts in 元 with two decimals.
 * {@code {救济途径}} is the remedies paragraph ({@link LetterText#REMEDIES}) and itself names {@code {复议机关}} and
 * {@code {法院}}, which fall back to a general wording when not given.
 */
enum Placeholder {
    DOCUMENT_NUMBER("文号", null),
    ISSUED_ON("出具日期", null),
    REMEDIES("救济途径", null),
    AGENCY("机关名称", LetterData::agencyName),
    ADDRESSEE("收件人", LetterData::addressee),
    APPLICANT("申请人", LetterData::applicantName),
    TRACKING_NUMBER("受理编号", LetterData::trackingNumber),
    RECEIVED_ON("收到日期", d -> date(d.receivedOn())),
    REQUESTED("申请内容", LetterData::requestedInformation),
    REPLY_DUE_ON("答复期限", d -> date(d.replyDueOn())),
    EXTENSION(
            "延长天数",
            d -> d.extensionWorkingDays() == null
                    ? null
                    : d.extensionWorkingDays().toString()),
    CLARIFICATION_ITEMS("补正事项", LetterData::clarificationItems),
    CLARIFICATION_DUE_ON("补正期限", d -> date(d.clarificationDueOn())),
    CONSULTATION_DUE_ON("意见期限", d -> date(d.consultationDueOn())),
    ARTICLE(
            "条款",
            d -> d.article() != null || d.ground() == null
                    ? d.article()
                    : d.ground().article()),
    REASON(
            "理由",
            d -> d.reason() != null || d.ground() == null
                    ? d.reason()
                    : d.ground().reason()),
    HOW_TO_OBTAIN("获取方式", LetterData::howToObtain),
    OTHER_AGENCY("其他机关", LetterData::otherAgency),
    FEE_AMOUNT("金额", d -> amount(d.feeAmount())),
    FEE_BASIS("计费依据", LetterData::feeBasis),
    PAYMENT_DUE_ON("缴费期限", d -> date(d.paymentDueOn())),
    PAYMENT_METHOD("缴费方式", LetterData::paymentMethod),
    RECONSIDERATION_BODY("复议机关", LetterData::reconsiderationBody),
    COURT("法院", LetterData::court),
    CONTACT("联系方式", LetterData::contact);

    /** Dates in letters, as official documents write them: 2020年12月31日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** How the template names it, without braces. */
    final String label;

    private final Function<LetterData, String> value;

    Placeholder(String label, Function<LetterData, String> value) {
        this.label = label;
        this.value = value;
    }

    /** The placeholder written {@code {label}}, or empty when there is none of that name. */
    static Optional<Placeholder> named(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    /** The value {@code data} gives it (blank is none); null for those the issue fills. */
    String valueIn(LetterData data) {
        if (value == null) {
            return null;
        }
        String v = value.apply(data);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The date as letters write it, or null. */
    static String date(LocalDate day) {
        return day == null ? null : day.format(DATE);
    }

    private static String amount(BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
