package org.gongkai.report.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;

/**
 * Reads the title, the agency and the report year: the title ({@code {机关名称}{年份}年政府信息公开工作
 * 年度报告}, also with the year first, broken over two lines, or under the agency's name on a line of
 * its own), else the 统计期限 sentence, else the first year after heading 一.
 */
final class TitleReader {
    private static final Pattern TITLE =
            Pattern.compile("([\\p{IsHan}（）·]{0,40}?) ?(\\d{4}) ?年度?政府信息公开(?:工作)?(?:(?:年度)?报告|年报)");
    /** A title that names the year before the agency: 2019年上海市人民政府办公厅政府信息公开工作年度报告. */
    private static final Pattern YEAR_FIRST_TITLE =
            Pattern.compile("(\\d{4}) ?年度?([\\p{IsHan}（）·]{2,40}?)政府信息公开(?:工作)?(?:(?:年度)?报告|年报)");

    /** A bare year glued before a title that names its own year: 2025XX乡2025年度…. */
    private static final Pattern YEAR_PREFIX = Pattern.compile("\\d{4}(?=[\\p{IsHan}&&[^年度]][^\\d]*\\d{4}年)");

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})年1月1日");
    private static final Pattern PERIOD_SENTENCE = Pattern.compile(
            "(\\d{4})\\s?年\\s?0?1\\s?月\\s?(?:0?1\\s?日)?\\s?(?:起)?\\s?(?:至|到|—|-|～|~)\\s?(?:\\d{4}\\s?年)?\\s?12\\s?月");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    /** The last characters of organ names (局, 委员会, 办公室, 管委会, 街道办事处…) and of places whose government reports (区, 县…). */
    private static final String ORGAN_ENDINGS = "局委办厅院室署所处部会站队馆社行省市县区州旗盟镇乡";

    private static final String[] NOT_IN_AGENCY = {
        "的", "我", "本报告", "本局", "本单位", "本机关", "现将", "根据", "按照", "关于", "编制", "公布", "发布", "印发", "如下", "特此", "以下", "年度",
        "报告", "工作"
    };

    private final AssemblerText t;
    private final String s;

    TitleReader(AssemblerText t) {
        this.t = t;
        this.s = t.text;
    }

    /** Sets the report's title, agency and year, as far as they are found. */
    void read(AnnualReport report, AssemblerHeadings headings) {
        int scanEnd = Math.min(s.length(), headings.firstStart() >= 0 ? Math.max(headings.firstStart(), 600) : 3000);
        int p = 0;
        String previous = null;
        while (p < scanEnd && report.title() == null) {
            int e = t.cellEnd(p);
            String cell = titleCell(p, e, scanEnd);
            if (cell.length() <= 80 && cell.contains("政府信息公开")) {
                readTitle(cell, previous, report);
            }
            if (!cell.isEmpty()) {
                previous = cell;
            }
            p = e + 1;
        }
        if (report.year() == null) {
            report.year(periodYear());
        }
        if (report.year() == null) {
            int from = Math.max(0, headings.start(1));
            Matcher m = ANY_YEAR.matcher(s);
            if (m.find(from)) {
                report.year(Integer.parseInt(m.group(1)));
            }
        }
    }

    /**
     * The cell from {@code p} to {@code e} as a title candidate: a short prefix ({@code 标题：}) and a
     * bare year a site glues before every title dropped, joined with the next line when the title was
     * broken over two lines.
     */
    private String titleCell(int p, int e, int scanEnd) {
        String cell = s.substring(p, e).strip();
        int colon = Math.max(cell.indexOf(':'), cell.indexOf('：'));
        if (colon > 0 && colon <= 4) {
            cell = cell.substring(colon + 1).strip();
        }
        if (cell.length() > 5
                && cell.contains("政府信息公开")
                && YEAR_PREFIX.matcher(cell).lookingAt()) {
            // 2025湖口县XX乡2025年度政府信息公开工作年度报告: a year the site puts before every title
            cell = cell.substring(4);
        }
        if (cell.length() <= 40 && !isWholeTitle(cell) && e < scanEnd) {
            // A title broken over two lines: 2024年XX街道办事处 / 政府信息公开工作年度报告,
            // XX街道办事处2024年度政府 / 信息公开工作年度报告, or XX县财政局2022年度政府信息公开工作 / 年度报告.
            int e2 = t.cellEnd(e + 1);
            String next = s.substring(e + 1, Math.min(e2, s.length())).strip();
            String joined = cell + next;
            if (next.length() <= 40 && joined.contains("政府信息公开") && (joined.contains("报告") || joined.contains("年报"))) {
                Matcher j = TITLE.matcher(joined);
                Matcher y = YEAR_FIRST_TITLE.matcher(joined);
                if (j.find() && j.start() <= 2 && j.start(2) < cell.length()
                        || y.find() && y.start() <= 2 && y.end(2) >= cell.length() - 1) {
                    return joined;
                }
            }
        }
        return cell;
    }

    /** Whether a line holds a whole title's words: 政府信息公开 and the 报告 or 年报 that ends it. */
    private static boolean isWholeTitle(String cell) {
        int g = cell.indexOf("政府信息公开");
        return g >= 0 && (cell.indexOf("报告", g) >= 0 || cell.indexOf("年报", g) >= 0);
    }

    /** Reads the title, agency and year from a title candidate; nothing when it is not a title. */
    private static void readTitle(String cell, String previous, AnnualReport report) {
        Matcher m = TITLE.matcher(cell);
        Matcher y = YEAR_FIRST_TITLE.matcher(cell);
        if (!(m.find() && m.start() <= 2) && y.find() && y.start() <= 2 && plausibleAgency(y.group(2))) {
            report.title(cell.substring(y.start(), y.end()));
            report.agency(y.group(2));
            report.year(Integer.parseInt(y.group(1)));
        } else if (m.find(0) && m.start() <= 2) {
            String agency = m.group(1);
            if (agency.endsWith("关于")) {
                // XX区人民政府办公室关于2022年政府信息公开工作年度报告
                agency = agency.substring(0, agency.length() - 2);
            }
            String title = cell.substring(m.start(), m.end());
            if (agency.isEmpty() && previous != null && plausibleAgency(previous)) {
                // 2023年度政府信息公开工作年度报告 under the agency's name on a line of its own
                agency = previous;
                title = previous + title;
            }
            report.title(title);
            report.agency(plausibleAgency(agency) ? agency : null);
            report.year(Integer.parseInt(m.group(2)));
        }
    }

    /**
     * The year of the 统计期限 sentence ({@code 本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止},
     * {@code 统计期限为2023年1月1日至12月31日}, {@code 2023年01月01日}); null when there is none.
     */
    private Integer periodYear() {
        int stat = s.indexOf("统计");
        for (int tries = 0; stat >= 0 && tries < 5; tries++) {
            Matcher m = PERIOD_SENTENCE.matcher(s);
            m.region(stat, Math.min(s.length(), stat + 60));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            stat = s.indexOf("统计", stat + 2);
        }
        int period = s.indexOf("年1月1日");
        if (period >= 4) {
            Matcher m = PERIOD.matcher(s.substring(period - 4, period + 5));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /**
     * Whether a text is a plausible name of the agency that publishes a report: a short run of Chinese
     * characters ending as organ names do (局, 委员会, 人民政府, 办公室, 管委会, 街道办事处, 中心, or a
     * place such as 区 or 县 for its government), never a fragment of a sentence.
     */
    static boolean plausibleAgency(String a) {
        if (a == null || a.length() < 2 || a.length() > 40) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!ChineseText.isIdeograph(c) && c != '（' && c != '）' && c != '·') {
                return false;
            }
        }
        for (String w : NOT_IN_AGENCY) {
            if (a.contains(w)) {
                return false;
            }
        }
        char last = a.charAt(a.length() - 1);
        return ORGAN_ENDINGS.indexOf(last) >= 0 || a.endsWith("政府") || a.endsWith("中心") || a.endsWith("街道");
    }
}
