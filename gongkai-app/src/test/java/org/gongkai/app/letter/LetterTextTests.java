package org.gongkai.app.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.WithholdingGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The text of letters: placeholders filled from {@link LetterData}, dates as 2020年12月31日, unknown placeholders
 * found, missing values listed, and the remedies of 条例第五十一条 (行政复议 in 60 days, 行政诉讼 in 6 months) in
 * every reply's default template.
 */
class LetterTextTests {
    static final LocalDate ISSUED = LocalDate.of(2021, 1, 5);

    static LetterData full() {
        return LetterData.of("某某市某某局")
                .sealLine("（政府信息公开专用章）")
                .applicantName("李四")
                .trackingNumber("YSQ-2020-0042")
                .receivedOn(LocalDate.of(2020, 12, 31))
                .requestedInformation("2019年度部门决算")
                .replyDueOn(LocalDate.of(2021, 1, 29))
                .extensionWorkingDays(15)
                .clarificationItems("请写明所需信息的名称")
                .clarificationDueOn(LocalDate.of(2021, 1, 15))
                .consultationDueOn(LocalDate.of(2021, 1, 26))
                .article("第十四条")
                .reason("属于国家秘密")
                .howToObtain("电子邮件")
                .otherAgency("某某市不动产登记中心")
                .feeAmount(new BigDecimal("83460"))
                .feeBasis("按量计收")
                .paymentDueOn(LocalDate.of(2021, 2, 3))
                .paymentMethod("非税收入缴款书")
                .build();
    }

    static LetterText.Filled fill(LetterKind kind, LetterData data) {
        return LetterText.fill(DefaultTemplates.of(kind), DefaultTemplates.remedies(), data, "依申请公开〔2021〕1号", ISSUED);
    }

    @Test
    void placeholdersAreFilledAndDatesReadTheChineseWay() {
        LetterContent letter = fill(LetterKind.RECEIPT, full()).content();
        assertThat(letter.headline()).isEqualTo("政府信息公开申请受理回执");
        assertThat(letter.documentNumber()).isEqualTo("依申请公开〔2021〕1号");
        assertThat(letter.paragraphs().get(0)).isEqualTo("李四：");
        assertThat(letter.isSalutation(0)).isTrue();
        assertThat(letter.paragraphs().get(1))
                .contains("本机关于2020年12月31日收到")
                .contains("YSQ-2020-0042")
                .contains("2019年度部门决算");
        assertThat(String.join("", letter.paragraphs()))
                .contains("即2021年1月29日前")
                .doesNotContain("{");
        assertThat(letter.date()).isEqualTo("2021年1月5日");
        assertThat(letter.agencyName()).isEqualTo("某某市某某局");
        assertThat(letter.sealLine()).isEqualTo("（政府信息公开专用章）");
    }

    @Test
    void theFeeIsInYuanWithTwoDecimals() {
        String text =
                String.join("", fill(LetterKind.FEE_NOTICE, full()).content().paragraphs());
        assertThat(text).contains("人民币83460.00元").contains("2021年2月3日前").contains("非税收入缴款书");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyDefaultTemplateIsFilledCompletelyFromFullData(LetterKind kind) {
        LetterText.Filled filled = fill(kind, full());
        assertThat(filled.missing()).as(kind.name()).isEmpty();
        assertThat(String.join("\n", filled.content().paragraphs())).doesNotContain("{", "}", "【");
        assertThat(LetterText.unknown(DefaultTemplates.of(kind).body())).isEmpty();
        assertThat(TemplateRules.check(
                        kind,
                        TemplateForm.of(DefaultTemplates.of(kind)),
                        new BeanPropertyBindingResult(TemplateForm.of(DefaultTemplates.of(kind)), "form")))
                .as("the default of %s passes the rules an agency's own version must pass", kind)
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyReplyTellsOfReconsiderationInSixtyDaysAndLitigationInSixMonths(LetterKind kind) {
        String text = String.join("", fill(kind, full()).content().paragraphs());
        if (kind.isReply()) {
            assertThat(text).contains("六十日内向有管辖权的行政复议机关申请行政复议").contains("六个月内向有管辖权的人民法院提起行政诉讼");
        } else {
            assertThat(text).doesNotContain("行政复议");
        }
    }

    @Test
    void theRemediesNameTheBodiesWhenGiven() {
        LetterData data = LetterData.of("某某区某某局")
                .applicantName("王五")
                .trackingNumber("T1")
                .receivedOn(LocalDate.of(2026, 3, 2))
                .requestedInformation("某文件")
                .howToObtain("现场查阅")
                .reconsiderationBody("某某区人民政府")
                .court("某某区人民法院")
                .build();
        String text = String.join("", fill(LetterKind.GRANTED, data).content().paragraphs());
        assertThat(text).contains("六十日内向某某区人民政府申请行政复议").contains("六个月内向某某区人民法院提起行政诉讼");
    }

    @Test
    void aWithholdingGroundGivesTheArticleAndTheReason() {
        LetterData data = LetterData.of("某某局")
                .applicantName("钱三")
                .trackingNumber("T2")
                .receivedOn(LocalDate.of(2026, 5, 6))
                .requestedInformation("某会议纪要")
                .ground(WithholdingGround.PROCESS_INFORMATION)
                .build();
        LetterText.Filled filled = fill(LetterKind.WITHHELD, data);
        assertThat(filled.missing()).isEmpty();
        assertThat(String.join("", filled.content().paragraphs()))
                .contains("您申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录")
                .contains("《中华人民共和国政府信息公开条例》第十六条第二款和第三十六条第（三）项的规定，本机关决定不予公开");

        LetterData inquiry = LetterData.of("某某局")
                .applicantName("钱三")
                .trackingNumber("T2")
                .receivedOn(LocalDate.of(2026, 5, 6))
                .requestedInformation("某登记信息")
                .ground(WithholdingGround.ADMINISTRATIVE_INQUIRY)
                .build();
        assertThat(fill(LetterKind.WITHHELD, inquiry).missing())
                .as("行政查询事项 rests on no article of the Regulations: the caller must give one")
                .containsExactly("条款");
        LetterData own = LetterData.of("某某局")
                .applicantName("钱三")
                .trackingNumber("T2")
                .receivedOn(LocalDate.of(2026, 5, 6))
                .requestedInformation("某文件")
                .ground(WithholdingGround.STATE_SECRET)
                .reason("经保密审查确定为秘密级")
                .build();
        assertThat(String.join("", fill(LetterKind.WITHHELD, own).content().paragraphs()))
                .contains("经保密审查确定为秘密级")
                .contains("第十四条");
    }

    @Test
    void missingValuesAreListedAndShownInBrackets() {
        LetterData data = LetterData.of("某某局").applicantName("赵六").build();
        LetterText.Filled filled = fill(LetterKind.CLARIFICATION_NOTICE, data);
        assertThat(filled.missing()).containsExactly("收到日期", "受理编号", "补正事项", "补正期限");
        assertThat(String.join("", filled.content().paragraphs())).contains("【补正事项】");
    }

    @Test
    void aValueOfSeveralLinesGivesAParagraphPerLine() {
        LetterData data = LetterData.of("某某局")
                .applicantName("赵六")
                .trackingNumber("T3")
                .receivedOn(LocalDate.of(2026, 5, 6))
                .clarificationItems("1. 请写明信息名称；\n\n2. 请提供身份证明。")
                .clarificationDueOn(LocalDate.of(2026, 5, 20))
                .build();
        assertThat(fill(LetterKind.CLARIFICATION_NOTICE, data).content().paragraphs())
                .containsSubsequence(
                        "1. 请写明信息名称；",
                        "2. 请提供身份证明。",
                        "请您于2026年5月20日前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为您放弃申请，本机关不再处理该政府信息公开申请。");
    }

    @Test
    void unknownPlaceholdersAreFoundOnce() {
        assertThat(LetterText.unknown("{申请人}：{申请日期}和{申请日期}，{姓 名}不算，{文号}")).containsExactly("申请日期");
        assertThat(LetterText.unknown("无占位符")).isEmpty();
    }

    @Test
    void aReplyWithoutTheRemediesOrWithAnUnknownPlaceholderIsRefusedAtTheField() {
        TemplateForm form = new TemplateForm();
        form.setHeadline("答复书");
        form.setBody("{申请人}：\n经审查，予以公开。");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        assertThat(TemplateRules.check(LetterKind.GRANTED, form, errors)).isFalse();
        assertThat(errors.getFieldError("body").getCode()).isEqualTo("letter.body.remedies");

        form.setBody("{申请人}：\n{申请人姓名}您好。\n{救济途径}");
        errors = new BeanPropertyBindingResult(form, "form");
        assertThat(TemplateRules.check(LetterKind.GRANTED, form, errors)).isFalse();
        assertThat(errors.getFieldError("body").getCode()).isEqualTo("letter.placeholder.unknown");
        assertThat(errors.getFieldError("body").getArguments()).containsExactly("{申请人姓名}");

        form.setBody("{申请人}：\n受理。");
        assertThat(TemplateRules.check(LetterKind.RECEIPT, form, new BeanPropertyBindingResult(form, "form")))
                .as("a receipt is no reply: no remedies needed")
                .isTrue();
    }

    @Test
    void theNumberTemplateNeedsTheYearAndTheNumberOnce() {
        assertThat(NumberTemplate.problem("某政公开〔{年}〕{号}号")).isNull();
        assertThat(NumberTemplate.format("某政公开〔{年}〕{号}号", 2026, 12)).isEqualTo("某政公开〔2026〕12号");
        assertThat(NumberTemplate.problem("某政公开〔{年}〕号")).isEqualTo("letter.numberTemplate.tokens");
        assertThat(NumberTemplate.problem("{年}{号}{号}")).isEqualTo("letter.numberTemplate.tokens");
        assertThat(NumberTemplate.problem("{年度}{号}")).isEqualTo("letter.numberTemplate.unknown");
        assertThat(NumberTemplate.problem(" ")).isEqualTo("letter.numberTemplate.required");
    }

    @Test
    void everyKindHasADefaultTemplate() {
        assertThat(Arrays.stream(LetterKind.values()).map(DefaultTemplates::of)).allSatisfy(t -> {
            assertThat(t.headline()).isNotBlank().hasSizeLessThanOrEqualTo(TemplateRules.HEADLINE_MAX);
            assertThat(t.body()).isNotBlank();
        });
    }
}
