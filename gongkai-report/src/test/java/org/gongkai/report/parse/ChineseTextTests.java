package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.junit.jupiter.api.Test;

class ChineseTextTests {

    @Test
    void traditionalBecomesSimplified() {
        assertThat(ChineseText.normalize("行政許可")).isEqualTo("行政许可");
        assertThat(ChineseText.normalize("屬于國家秘密")).isEqualTo("属于国家秘密");
        assertThat(ChineseText.normalize("三、本年度辦理結果")).isEqualTo("三、本年度办理结果");
        assertThat(ChineseText.normalize("結轉下年度繼續辦理")).isEqualTo("结转下年度继续办理");
        assertThat(ChineseText.normalize("復議后起訴")).isEqualTo("复议后起诉");
    }

    @Test
    void fullWidthDigitsAndLettersBecomeAscii() {
        assertThat(ChineseText.normalize("０１２")).isEqualTo("012");
        assertThat(ChineseText.normalize("ＷＯＲＤ")).isEqualTo("WORD");
        assertThat(ChineseText.normalize("－３")).isEqualTo("-3");
    }

    @Test
    void bracketsAndItemNumeralsAreUnified() {
        assertThat(ChineseText.normalize("(一)予以公开")).isEqualTo("（一）予以公开");
        assertThat(ChineseText.normalize("（一）予以公开")).isEqualTo("（一）予以公开");
        assertThat(ChineseText.normalize("1、属于国家秘密")).isEqualTo("1.属于国家秘密");
        assertThat(ChineseText.normalize("１．属于国家秘密")).isEqualTo("1.属于国家秘密");
        assertThat(ChineseText.normalize("一.总体情况")).isEqualTo("一、总体情况");
        assertThat(ChineseText.normalize("595.88")).isEqualTo("595.88");
    }

    @Test
    void whitespaceInsideLabelsIsDroppedButKeptBetweenNumbers() {
        assertThat(ChineseText.normalize("(三)不予 公開")).isEqualTo("（三）不予公开");
        assertThat(ChineseText.normalize("商业\u3000企业")).isEqualTo("商业企业");
        assertThat(ChineseText.normalize("20 0  00\u00A00 121")).isEqualTo("20 0 00 0 121");
        assertThat(ChineseText.normalize("规章 0 0 0")).isEqualTo("规章 0 0 0");
    }

    @Test
    void bothNormativeDocumentLabelsStayDistinct() {
        assertThat(ChineseText.normalize("規范性文件")).isEqualTo("规范性文件");
        assertThat(ChineseText.normalize("行政規範性文件")).isEqualTo("行政规范性文件");
    }

    @Test
    void everyOfficialLabelIsAlreadyNormal() {
        List<String> labels = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (Table2Row r : e.table2Rows()) {
                labels.add(r.label(e));
            }
        }
        for (Table2Column c : Table2Column.values()) {
            labels.add(c.label());
        }
        for (Table3Row r : Table3Row.values()) {
            labels.add(r.label());
            if (r.group().heading() != null) {
                labels.add(r.group().heading());
            }
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            labels.add(c.label());
        }
        for (Table4Column c : Table4Column.values()) {
            labels.add(c.label());
        }
        for (SectionHeading h : SectionHeading.values()) {
            labels.add(h.heading());
            labels.addAll(h.variants());
        }
        for (String label : labels) {
            assertThat(ChineseText.normalize(label)).as(label).isEqualTo(label);
        }
    }
}
