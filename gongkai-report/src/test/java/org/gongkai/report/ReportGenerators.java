package org.gongkai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Random valid annual reports of both editions for property tests: an agency, a year that matches the
 * edition, every row of the edition's tables filled, the reconciliation rules holding (each row's 总计
 * is the sum of its six parts; the result rows add up to （七）总计; 一 + 二 = （七） + 四; each group of
 * table 4 adds up to its 总计), table 2 values of the column's kind (signed 本年增/减, amounts with up
 * to two decimals), and six sections with short Chinese prose that names no table label and holds no
 * digits.
 *
 * <p>Each report comes from a seed, so a failing case is reproduced by its seed alone (the tests put
 * it in their display name). jqwik was the first choice; its current release asks AI agents not to
 * use it, and this code was written with one, so the properties run as seeded JUnit parameterised
 * tests instead (docs/adr/0003-property-tests.md).
 */
public final class ReportGenerators {
    private ReportGenerators() {}

    static final List<String> PLACES = List.of("达州市", "平潭县", "杭州市西湖区", "成都市武侯区", "三亚市", "南京市鼓楼区", "石门镇", "上海市");
    static final List<String> BODIES =
            List.of("商务局", "教育局", "人民政府办公室", "自然资源和规划局", "市场监督管理局", "卫生健康委员会", "人民政府", "生态环境局");

    /** Prose for the sections: no digits, no "|", no heading numerals, no table label. */
    static final List<String> SENTENCES = List.of(
            "我局坚持以公开为常态、不公开为例外的原则，扎实推进政务公开工作。",
            "进一步健全信息发布审核机制，做到科室供稿、办公室审核、领导审批。",
            "及时更新公开指南和公开目录，方便群众查阅。",
            "加强业务培训，提升工作人员的公开意识和业务能力。",
            "工作中仍存在公开内容不够全面、解读形式较为单一等问题。",
            "下一步将加大政策解读力度，丰富解读形式。",
            "严格落实保密审查制度，确保公开信息准确无误。",
            "通过门户网站、政务新媒体等渠道及时发布工作动态。",
            "认真做好申请的登记、审核、办理和答复工作。",
            "无。");

    /** The seeds 0 … count-1, for {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return LongStream.range(0, count);
    }

    /** A valid model of either edition, from a seed. */
    public static AnnualReport report(long seed) {
        Random rnd = new Random(seed);
        return report(rnd, rnd.nextBoolean() ? Edition.E2019 : Edition.E2021);
    }

    /** A valid model of one edition. Every fifth report is all zeros, as many real ones are. */
    public static AnnualReport report(Random rnd, Edition edition) {
        boolean zeros = rnd.nextInt(5) == 0;
        int resultRows = Table3Row.resultRows(edition).size();
        int year = edition == Edition.E2019 ? 2019 + rnd.nextInt(2) : 2021 + rnd.nextInt(5);
        String agency = pick(rnd, PLACES) + pick(rnd, BODIES);
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> text = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                text.add(pick(rnd, SENTENCES));
            }
            texts.add(text);
        }
        List<Integer> counts = ints(rnd, Table2Column.values().length * Table2Row.values().length, 0, zeros ? 0 : 3000);
        List<Integer> changes = ints(rnd, Table2Row.values().length, zeros ? 0 : -300, zeros ? 0 : 300);
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < Table2Row.values().length; i++) {
            amounts.add(
                    zeros
                            ? BigDecimal.ZERO
                            : BigDecimal.valueOf(rnd.nextLong(100_000_000L))
                                    .movePointLeft(2)
                                    .setScale(2, RoundingMode.UNNECESSARY));
        }
        // Per applicant part: one count per result row, one for 四, one that splits 一 from 二.
        List<Integer> t3 = ints(rnd, ApplicantColumn.PARTS.length * (resultRows + 2), 0, zeros ? 0 : 9);
        List<Integer> t4 = ints(rnd, 12, 0, zeros ? 0 : 9);
        return build(edition, year, agency, texts, counts, changes, amounts, t3, t4);
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static List<Integer> ints(Random rnd, int size, int min, int max) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(min + rnd.nextInt(max - min + 1));
        }
        return out;
    }

    static AnnualReport build(
            Edition edition,
            int year,
            String agency,
            List<List<String>> texts,
            List<Integer> counts,
            List<Integer> changes,
            List<BigDecimal> amounts,
            List<Integer> t3,
            List<Integer> t4) {
        String title = agency + year + "年政府信息公开工作年度报告";
        // The preamble is all text above the first heading, so it begins with the title line.
        AnnualReport report = new AnnualReport()
                .agency(agency)
                .year(year)
                .edition(edition)
                .title(title)
                .preamble(title + "\n" + "本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自" + year + "年1月1日起至" + year
                        + "年12月31日止。");
        report.table2(table2(edition, counts, changes, amounts));
        report.table3(table3(edition, t3));
        report.table4(table4(t4));
        List<Section> sections = new ArrayList<>();
        for (SectionHeading h : SectionHeading.values()) {
            sections.add(new Section(h.number(), h.heading(), true, String.join("\n", texts.get(h.number() - 1))));
        }
        report.sections(sections);
        return report;
    }

    private static Table2 table2(
            Edition edition, List<Integer> counts, List<Integer> changes, List<BigDecimal> amounts) {
        Table2 table = new Table2();
        int columns = Table2Column.values().length;
        for (Table2Row row : edition.table2Rows()) {
            table.addRow(row);
            for (Table2Column c : row.columns(edition)) {
                BigDecimal v = switch (c.kind()) {
                    case COUNT -> BigDecimal.valueOf(counts.get(row.ordinal() * columns + c.ordinal()));
                    case SIGNED_COUNT -> BigDecimal.valueOf(changes.get(row.ordinal()));
                    case AMOUNT -> amounts.get(row.ordinal());
                };
                table.set(row, c, v);
            }
        }
        return table;
    }

    private static Table3 table3(Edition edition, List<Integer> values) {
        List<Table3Row> results = new ArrayList<>(Table3Row.resultRows(edition));
        int stride = results.size() + 2;
        Table3 table = new Table3();
        for (Table3Row row : edition.table3Rows()) {
            table.addRow(row);
        }
        for (int p = 0; p < ApplicantColumn.PARTS.length; p++) {
            ApplicantColumn column = ApplicantColumn.PARTS[p];
            long concluded = 0;
            for (int i = 0; i < results.size(); i++) {
                long v = values.get(p * stride + i);
                table.set(results.get(i), column, v);
                concluded += v;
            }
            long carriedForward = values.get(p * stride + results.size());
            long carriedOver = (concluded + carriedForward) * values.get(p * stride + results.size() + 1) / 9;
            table.set(Table3Row.TOTAL, column, concluded);
            table.set(Table3Row.CARRIED_FORWARD, column, carriedForward);
            table.set(Table3Row.CARRIED_OVER, column, carriedOver);
            table.set(Table3Row.NEW_RECEIVED, column, concluded + carriedForward - carriedOver);
        }
        for (Table3Row row : edition.table3Rows()) {
            long total = 0;
            for (ApplicantColumn c : ApplicantColumn.PARTS) {
                total += table.get(row, c);
            }
            table.set(row, ApplicantColumn.TOTAL, total);
        }
        return table;
    }

    private static Table4 table4(List<Integer> values) {
        Table4 table = new Table4();
        for (Table4Group g : Table4Group.values()) {
            Long[] cells = new Long[Table4Column.values().length];
            long total = 0;
            for (int i = 0; i < 4; i++) {
                cells[i] = (long) values.get(g.ordinal() * 4 + i);
                total += cells[i];
            }
            cells[4] = total;
            table.setGroup(g, cells);
        }
        return table;
    }
}
