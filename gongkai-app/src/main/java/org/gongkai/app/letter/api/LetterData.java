package org.gongkai.app.letter.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything a letter says, filled into its template's placeholders (the placeholder each field fills is named
 * below). Only {@code agencyName} is always needed; a template that names a placeholder whose field is null
 * cannot be issued ({@link LetterRefused}), and its preview shows the placeholder's name in brackets.
 *
 * @param agencyName the agency, at the foot of the letter: {@code {机关名称}}
 * @param sealLine the line under it where the seal goes, e.g. （政府信息公开专用章）; null: none
 * @param addressee to whom the letter goes — the applicant, or the third party or agency consulted: {@code {收件人}}
 * @param applicantName the applicant: {@code {申请人}}
 * @param trackingNumber the application's 受理编号: {@code {受理编号}}
 * @param receivedOn 收到申请之日 (条例第三十一条): {@code {收到日期}}
 * @param requestedInformation what was asked for, as the applicant described it: {@code {申请内容}}
 * @param replyDueOn the day the reply is due: {@code {答复期限}}
 * @param extensionWorkingDays the working days of an extension (1–20): {@code {延长天数}}
 * @param clarificationItems what the applicant must complete: {@code {补正事项}}
 * @param clarificationDueOn the day by which to complete it: {@code {补正期限}}
 * @param consultationDueOn the day by which the consulted party should answer: {@code {意见期限}}
 * @param ground why information is withheld (不予公开, 部分公开): gives {@code {条款}} and {@code {理由}} when those are null
 * @param article the article the decision rests on, e.g. 第十四条: {@code {条款}}
 * @param reason the reasons given: {@code {理由}}
 * @param howToObtain how and where to obtain the information: {@code {获取方式}}
 * @param otherAgency the agency responsible, or the authority of the other channel, with its contact: {@code {其他机关}}
 * @param feeAmount the information processing fee, in 元: {@code {金额}}
 * @param feeBasis how it was computed (按件计收 / 按量计收, the tiers): {@code {计费依据}}
 * @param paymentDueOn the last day to pay: {@code {缴费期限}}
 * @param paymentMethod how to pay (the 非税收入 channel, account): {@code {缴费方式}}
 * @param reconsiderationBody the body that hears 行政复议, used in the remedies paragraph: {@code {复议机关}}
 * @param court the court of first instance, used in the remedies paragraph: {@code {法院}}
 * @param contact the disclosure office's contact (person, telephone, address): {@code {联系方式}}
 */
public record LetterData(
        String agencyName,
        String sealLine,
        String addressee,
        String applicantName,
        String trackingNumber,
        LocalDate receivedOn,
        String requestedInformation,
        LocalDate replyDueOn,
        Integer extensionWorkingDays,
        String clarificationItems,
        LocalDate clarificationDueOn,
        LocalDate consultationDueOn,
        WithholdingGround ground,
        String article,
        String reason,
        String howToObtain,
        String otherAgency,
        BigDecimal feeAmount,
        String feeBasis,
        LocalDate paymentDueOn,
        String paymentMethod,
        String reconsiderationBody,
        String court,
        String contact) {

    /** A letter of {@code agencyName}; the other fields are set on the builder. */
    public static Builder of(String agencyName) {
        return new Builder(agencyName);
    }

    /** Fills a {@link LetterData} field by field. */
    public static final class Builder {
        private final String agencyName;
        private String sealLine;
        private String addressee;
        private String applicantName;
        private String trackingNumber;
        private LocalDate receivedOn;
        private String requestedInformation;
        private LocalDate replyDueOn;
        private Integer extensionWorkingDays;
        private String clarificationItems;
        private LocalDate clarificationDueOn;
        private LocalDate consultationDueOn;
        private WithholdingGround ground;
        private String article;
        private String reason;
        private String howToObtain;
        private String otherAgency;
        private BigDecimal feeAmount;
        private String feeBasis;
        private LocalDate paymentDueOn;
        private String paymentMethod;
        private String reconsiderationBody;
        private String court;
        private String contact;

        private Builder(String agencyName) {
            this.agencyName = agencyName;
        }

        public Builder sealLine(String v) {
            sealLine = v;
            return this;
        }

        /** The addressee; also the applicant unless {@link #applicantName} is set apart. */
        public Builder addressee(String v) {
            addressee = v;
            return this;
        }

        /** The applicant; also the addressee unless {@link #addressee} is set. */
        public Builder applicantName(String v) {
            applicantName = v;
            return this;
        }

        public Builder trackingNumber(String v) {
            trackingNumber = v;
            return this;
        }

        public Builder receivedOn(LocalDate v) {
            receivedOn = v;
            return this;
        }

        public Builder requestedInformation(String v) {
            requestedInformation = v;
            return this;
        }

        public Builder replyDueOn(LocalDate v) {
            replyDueOn = v;
            return this;
        }

        public Builder extensionWorkingDays(Integer v) {
            extensionWorkingDays = v;
            return this;
        }

        public Builder clarificationItems(String v) {
            clarificationItems = v;
            return this;
        }

        public Builder clarificationDueOn(LocalDate v) {
            clarificationDueOn = v;
            return this;
        }

        public Builder consultationDueOn(LocalDate v) {
            consultationDueOn = v;
            return this;
        }

        public Builder ground(WithholdingGround v) {
            ground = v;
            return this;
        }

        public Builder article(String v) {
            article = v;
            return this;
        }

        public Builder reason(String v) {
            reason = v;
            return this;
        }

        public Builder howToObtain(String v) {
            howToObtain = v;
            return this;
        }

        public Builder otherAgency(String v) {
            otherAgency = v;
            return this;
        }

        public Builder feeAmount(BigDecimal v) {
            feeAmount = v;
            return this;
        }

        public Builder feeBasis(String v) {
            feeBasis = v;
            return this;
        }

        public Builder paymentDueOn(LocalDate v) {
            paymentDueOn = v;
            return this;
        }

        public Builder paymentMethod(String v) {
            paymentMethod = v;
            return this;
        }

        public Builder reconsiderationBody(String v) {
            reconsiderationBody = v;
            return this;
        }

        public Builder court(String v) {
            court = v;
            return this;
        }

        public Builder contact(String v) {
            contact = v;
            return this;
        }

        public LetterData build() {
            return new LetterData(
                    agencyName,
                    sealLine,
                    addressee != null ? addressee : applicantName,
                    applicantName,
                    trackingNumber,
                    receivedOn,
                    requestedInformation,
                    replyDueOn,
                    extensionWorkingDays,
                    clarificationItems,
                    clarificationDueOn,
                    consultationDueOn,
                    ground,
                    article,
                    reason,
                    howToObtain,
                    otherAgency,
                    feeAmount,
                    feeBasis,
                    paymentDueOn,
                    paymentMethod,
                    reconsiderationBody,
                    court,
                    contact);
        }
    }
}
