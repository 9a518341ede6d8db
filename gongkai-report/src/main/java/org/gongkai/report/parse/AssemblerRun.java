package org.gongkai.report.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * One run of the {@link ReportAssembler} over one source: the state of reading, kept apart so that
 * the assembler itself stays a stateless entry point.
 */
final class AssemblerRun {
    /** How far after the previous row a row label is looked for. */
    private static final int ROW_WINDOW = 400;
    /** How far after a table's anchor its first row label is looked for. */
    private static final int FIRST_ROW_WINDOW = 1500;

    private static final Pattern TITLE =
            Pattern.compile("([\\p{IsHan}（）·]{0,40}?)(\\d{4})年度?政府信息公开(?:工作)?(?:(?:年度)?报告|年报)");
    /** A title that names the year before the agency: 2019年上海市人民政府办公厅政府信息公开工作年度报告. */
    private static final Pattern YEAR_FIRST_TITLE =
            Pattern.compile("(\\d{4})年度?([\\p{IsHan}（）·]{2,40}?)政府信息公开(?:工作)?(?:(?:年度)?报告|年报)");

    /** A bare year glued before a title that names its own year: 2025XX乡2025年度…. */
    private static final Pattern YEAR_PREFIX = Pattern.compile("\\d{4}(?=[\\p{IsHan}&&[^年度]][^\\d]*\\d{4}年)");

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})年1月1日");
    private static final Pattern PERIOD_SENTENCE =
            Pattern.compile("(\\d{4}) ?年 ?0?1 ?月 ?(?:0?1 ?日)? ?(?:起)? ?(?:至|到|—|-|～|~) ?(?:\\d{4} ?年)? ?12 ?月");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final AssemblerText t;
    private final String s;
    private final AnnualReport report = new AnnualReport();
    private final List<Finding> findings = new ArrayList<>();
    private final List<int[]> zones = new ArrayList<>();
    /** Where table 4 was read: {start, end}, or null. */
    private int[] table4Zone;

    AssemblerRun(List<GridLine> lines) {
        this.t = new AssemblerText(lines);
        this.s = t.text;
    }

    ParsedReport run() {
        AssemblerHeadings headings = AssemblerHeadings.find(s);
        readTitleAndYear(headings);
        Edition edition = detectEdition();
        report.edition(edition);
        Edition reading = edition == null ? Edition.E2021 : edition;
        int after2 = readTable2(reading, headings);
        int after3 = readTable3(reading, after2, headings);
        readTable4(after3, headings);
        buildSections(headings);
        return new ParsedReport(report, findings);
    }

    // ---------------------------------------------------------------- title, agency, year, edition

    private void readTitleAndYear(AssemblerHeadings headings) {
        int scanEnd = Math.min(s.length(), headings.firstStart() >= 0 ? Math.max(headings.firstStart(), 600) : 3000);
        int p = 0;
        String previous = null;
        while (p < scanEnd && report.title() == null) {
            int e = t.cellEnd(p);
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
            if (cell.length() <= 40 && !cell.contains("政府信息公开") && e < scanEnd) {
                // A title broken over two lines: 2024年XX街道办事处 / 政府信息公开工作年度报告, or
                // XX街道办事处2024年度政府 / 信息公开工作年度报告.
                int e2 = t.cellEnd(e + 1);
                String next = s.substring(e + 1, Math.min(e2, s.length())).strip();
                String joined = cell + next;
                if (next.length() <= 40
                        && joined.contains("政府信息公开")
                        && (joined.contains("报告") || joined.contains("年报"))) {
                    Matcher j = TITLE.matcher(joined);
                    Matcher y = YEAR_FIRST_TITLE.matcher(joined);
                    if (j.find() && j.start() <= 2 && j.start(2) < cell.length()
                            || y.find() && y.start() <= 2 && y.end(2) >= cell.length() - 1) {
                        cell = joined;
                    }
                }
            }
            if (cell.length() <= 80 && cell.contains("政府信息公开")) {
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
     * The year of the 统计期限 sentence ({@code 本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止},
     * {@code 统计期限为2023年1月1日至12月31日}, {@code 2023年01月01日}); null when there is none.
     */
    private Integer periodYear() {
        int stat = s.indexOf("统计");
        for (int tries = 0; stat >= 0 && tries < 5; tries++) {
            Matcher m = PERIOD_SENTENCE.matcher(s);
            m.region(stat, Math.min(s.length(), stat + 40));
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

    /** The last characters of organ names (局, 委员会, 办公室, 管委会, 街道办事处…) and of places whose government reports (区, 县…). */
    private static final String ORGAN_ENDINGS = "局委办厅院室署所处部会站队馆社行省市县区州旗盟镇乡";

    private static final String[] NOT_IN_AGENCY = {
        "的", "我", "本报告", "本局", "本单位", "本机关", "现将", "根据", "按照", "关于", "编制", "公布", "发布", "印发", "如下", "特此", "以下", "年度",
        "报告", "工作"
    };

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

    /** Decides the edition from what the tables look like (domain-spec §2.6), else from the year. */
    private Edition detectEdition() {
        int e2021 = count("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正", "逾期未按收费通知");
        int e2019 = count("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额", "其他对外管理服务事项");
        if (e2021 > e2019) {
            return Edition.E2021;
        }
        if (e2019 > e2021) {
            return Edition.E2019;
        }
        return report.year() == null ? null : Edition.requiredFor(report.year());
    }

    private int count(String... markers) {
        int n = 0;
        for (String m : markers) {
            if (s.contains(m)) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- labels and values

    /** Where a row label was found: its start (numbering included), its key, its end. */
    record Hit(int start, int keyStart, int end) {}

    /** The values read after a label: tokens as printed ("" blank, "?…" unreadable). */
    record Values(List<String> tokens, boolean trusted, int end) {}

    private static boolean isLabelChar(char c) {
        return !(Character.isDigit(c)
                || c == '|'
                || c == '\n'
                || c == ' '
                || c == '.'
                || AssemblerValues.isValueChar(c));
    }

    private Hit find(String key, String number, int from, int window) {
        int k = s.indexOf(key, from);
        int keyEnd = k + key.length();
        if (k < 0 || k - from > window) {
            // A long label wrapped onto the next line (text copied from a PDF) has a line break inside.
            long wrapped = indexOfWrapped(key, from, window);
            if (wrapped < 0) {
                return null;
            }
            k = (int) (wrapped >>> 32);
            keyEnd = (int) wrapped;
        }
        int start = k;
        int floor = Math.max(from, k - 16);
        while (start > floor && isLabelChar(s.charAt(start - 1))) {
            start--;
        }
        if (number != null) {
            start = numbered(start, number, from);
        }
        int end = keyEnd;
        while (end < s.length() && isLabelChar(s.charAt(end))) {
            end++;
        }
        return new Hit(start, k, end);
    }

    /**
     * The first occurrence of {@code key} within {@code window} of {@code from} with line breaks
     * between its characters, as {@code start << 32 | end}; -1 when there is none.
     */
    private long indexOfWrapped(String key, int from, int window) {
        int last = (int) Math.min(s.length(), (long) from + window + 1);
        char c0 = key.charAt(0);
        for (int i = s.indexOf(c0, from); i >= 0 && i < last; i = s.indexOf(c0, i + 1)) {
            int p = i + 1;
            int j = 1;
            boolean broken = false;
            while (j < key.length() && p < s.length()) {
                char c = s.charAt(p);
                if (c == '\n') {
                    broken = true;
                    p++;
                } else if (c == key.charAt(j)) {
                    j++;
                    p++;
                } else {
                    break;
                }
            }
            if (j == key.length() && broken) {
                return ((long) i << 32) | p;
            }
        }
        return -1;
    }

    /**
     * The start of a label with its numbering: {@code 1.} (also printed 1、 or 1．) or {@code （1）}
     * right before {@code start}; {@code start} itself when there is none.
     */
    private int numbered(int start, String number, int from) {
        int n = number.length();
        if (start - 1 - n >= from) {
            char sep = s.charAt(start - 1);
            if ((sep == '.' || sep == '、') && s.startsWith(number, start - 1 - n)) {
                return start - 1 - n;
            }
        }
        // （1）属于国家秘密: the walk back stopped at the digit, the label then starts with ）
        if (start < s.length()
                && s.charAt(start) == '）'
                && start - 1 - n >= from
                && s.startsWith(number, start - n)
                && s.charAt(start - 1 - n) == '（') {
            return start - 1 - n;
        }
        return start;
    }

    /**
     * The first occurrence of {@code key} within {@code window} of {@code from} printed with its
     * numbering ({@code 3.其他}, not the 其他 of 其他处理 or 法人或其他组织); null when there is none.
     */
    private Hit findNumbered(String key, String number, int from, int window) {
        int q = from;
        while (true) {
            int k = s.indexOf(key, q);
            if (k < 0 || k - from > window) {
                return null;
            }
            Hit h = find(key, number, Math.max(from, k - 3 - number.length()), window);
            if (h != null
                    && h.keyStart() == k
                    && (s.startsWith(number + ".", h.start()) || s.startsWith("（" + number + "）", h.start()))) {
                return h;
            }
            q = k + key.length();
        }
    }

    private Values readValues(int from, int limit, int expected) {
        return readValues(from, limit, expected, false);
    }

    /**
     * The values after a row label, up to {@code limit}: the rest of the label's line, then whole lines
     * of values while fewer than {@code expected} were read. With {@code continuation}, a label line
     * without values may be followed by the rest of a wrapped label ({@code 情形）}, {@code 公开申请}) or
     * by a merged group label or repeated header printed there; up to four such lines are passed over,
     * and values printed after them on the same line are read.
     */
    private Values readValues(int from, int limit, int expected, boolean continuation) {
        List<String> tokens = new ArrayList<>();
        boolean trusted = t.trusted(from);
        limit = Math.min(limit, s.length());
        if (from >= limit) {
            return new Values(tokens, trusted, from);
        }
        int p = sameLine(from, limit, tokens);
        if (p < 0) {
            return new Values(tokens, trusted, -p - 1);
        }
        int end = p;
        if (continuation && tokens.isEmpty()) {
            int passed = 0;
            List<String> after = new ArrayList<>();
            while (passed < 4 && p < limit && s.charAt(p) == '\n') {
                int ls = p + 1;
                int le = t.lineEnd(ls);
                if (ls >= limit || le > limit) {
                    break;
                }
                if (ls == le) {
                    p = le;
                    continue;
                }
                int lab = ls;
                while (lab < le && isLabelChar(s.charAt(lab))) {
                    lab++;
                }
                if (lab == ls || !continuationText(s.substring(ls, lab))) {
                    break;
                }
                passed++;
                after.clear();
                int q = sameLine(lab, le, after);
                if (q >= 0 && !after.isEmpty()) {
                    boolean clean = true;
                    for (String tok : after) {
                        clean &= !tok.startsWith("?");
                    }
                    if (clean) {
                        tokens.addAll(after);
                        p = q;
                        end = q;
                    }
                    break;
                }
                if (q < 0) {
                    break;
                }
                p = le;
            }
        }
        while (p < limit && s.charAt(p) == '\n' && filled(tokens) < expected) {
            int ls = p + 1;
            int le = t.lineEnd(ls);
            if (ls >= limit || le > limit) {
                break;
            }
            String[] cells = s.substring(ls, le).split("\\|", -1);
            int first = 0;
            int last = cells.length - 1;
            while (first <= last && cells[first].isBlank()) {
                first++;
            }
            while (last >= first && cells[last].isBlank()) {
                last--;
            }
            if (first > last) {
                p = le;
                continue;
            }
            boolean values = true;
            for (int i = first; i <= last; i++) {
                values &= AssemblerValues.isValueCell(cells[i]);
            }
            if (!values) {
                break;
            }
            for (int i = first; i <= last; i++) {
                if (cells[i].isBlank()) {
                    tokens.add("");
                } else {
                    addTokens(cells[i], tokens);
                }
            }
            p = le;
            end = le;
        }
        return new Values(tokens, trusted, end);
    }

    /**
     * Reads the values from {@code p} to the end of its line (or {@code limit}): a run of values in the
     * current cell, then the following cells. Returns where reading stopped, at a line break or the
     * limit; or {@code -(end + 1)} when text other than values followed in the current cell.
     */
    private int sameLine(int p, int limit, List<String> tokens) {
        int ce = Math.min(t.cellEnd(p), limit);
        int run = AssemblerValues.valueRun(s, p, ce);
        addTokens(s.substring(p, p + run), tokens);
        if (!s.substring(p + run, ce).isBlank()) {
            return -(p + run) - 1;
        }
        p = ce;
        while (p < limit && s.charAt(p) == '|') {
            int start = p + 1;
            int e = t.cellEnd(start);
            if (e > limit) {
                break;
            }
            String cell = s.substring(start, e).strip();
            if (cell.isEmpty()) {
                tokens.add("");
            } else if (AssemblerValues.isValueCell(cell)) {
                addTokens(cell, tokens);
            } else {
                tokens.add("?" + cell);
            }
            p = e;
        }
        return p;
    }

    private static final String[] GROUP_LABELS = {
        "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "三、本年度办理结果", "申请人情况", "本列数据", "自然人", "法人或其他组织", "商业企业", "信息内容"
    };

    /**
     * Whether a line's leading text may be passed over between a row label and its values: the rest
     * of a wrapped label (not numbered like a row of its own), or a group label or header cell.
     */
    private static boolean continuationText(String text) {
        for (String g : GROUP_LABELS) {
            if (text.startsWith(g) || text.startsWith("（" + g)) {
                return true;
            }
        }
        char c = text.charAt(0);
        if (c == '（' || ChineseText.isChineseNumeral(c) && text.length() > 1 && text.charAt(1) == '、') {
            return false;
        }
        return text.length() <= 30;
    }

    private static int filled(List<String> tokens) {
        int n = tokens.size();
        while (n > 0 && tokens.get(n - 1).isEmpty()) {
            n--;
        }
        return n;
    }

    private static void addTokens(String run, List<String> tokens) {
        for (String piece : run.strip().split(" +")) {
            if (!piece.isEmpty()) {
                tokens.add(piece);
            }
        }
    }

    /**
     * The n cell texts of a row, or null when fewer were read. Trailing blanks beyond n are dropped,
     * as are extra values (a stray footnote number).
     */
    private static List<String> exactly(List<String> tokens, int n) {
        if (tokens.size() < n) {
            return null;
        }
        return tokens.subList(0, n);
    }

    /** Readings of a short row whose cell borders were lost; empty when it cannot be split. */
    private static List<List<String>> splitReadings(Values v, int n) {
        if (v.trusted()) {
            return List.of();
        }
        for (String tok : v.tokens()) {
            if (tok.startsWith("?")) {
                return List.of();
            }
        }
        List<String> atoms = CellSplitter.atoms(v.tokens());
        int digits = 0;
        for (String a : atoms) {
            digits += a.length();
        }
        if (atoms.isEmpty() || digits > 60) {
            return List.of();
        }
        return CellSplitter.readings(atoms, n);
    }

    private Long count(String token, String where, SourcePosition pos) {
        if (token.isEmpty() || AssemblerValues.isPlaceholder(token)) {
            return null;
        }
        BigDecimal v = token.startsWith("?") ? null : AssemblerValues.number(token);
        if (v != null) {
            try {
                return v.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                // a fraction where a count is expected: unreadable below
            }
        }
        unreadable(token, where, pos);
        return null;
    }

    private void unreadable(String token, String where, SourcePosition pos) {
        String shown = token.startsWith("?") ? token.substring(1) : token;
        add(
                "DOC.CELL_UNREADABLE",
                Severity.WARNING,
                "无法识别单元格内容“" + abbreviate(shown) + "”，不是数字也不是空白占位符，按空白处理",
                where,
                pos);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private void add(String rule, Severity severity, String message, String where, SourcePosition pos) {
        findings.add(new Finding(rule, severity, message, where).at(pos));
        if (rowKeys != null
                && (rule.equals("DOC.SPLIT_AMBIGUOUS")
                        || rule.equals("DOC.CELL_UNREADABLE")
                        || rule.equals("DOC.ROW_SHORT"))) {
            for (Object key : rowKeys) {
                report.markReportedByReader(key);
            }
        }
    }

    /** The row(s) being read, marked as reported by the reader when a cell finding is added. */
    private Object[] rowKeys;

    private void zone(int start, int end) {
        if (end > start) {
            zones.add(new int[] {start, end});
        }
    }

    // ---------------------------------------------------------------- table 2

    private static String key2(Table2Row row) {
        return switch (row) {
            case NORMATIVE_DOCUMENTS -> "规范性文件";
            default -> row.label(Edition.E2019);
        };
    }

    private int readTable2(Edition edition, AssemblerHeadings headings) {
        int anchor = firstOf(0, "第二十条第（一）项", "本年制发件数", "本年新制作数量", "第二十条第（");
        if (anchor < 0) {
            anchor = s.indexOf("信息内容");
        }
        if (anchor < 0) {
            add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表二（主动公开政府信息情况）", "表二", null);
            return Math.max(0, headings.start(2));
        }
        List<Table2Row> rows = edition.table2Rows();
        Map<Table2Row, Hit> hits = new EnumMap<>(Table2Row.class);
        int p = anchor;
        boolean first = true;
        for (Table2Row row : rows) {
            Hit h = find(key2(row), null, p, first ? FIRST_ROW_WINDOW : ROW_WINDOW);
            if (h != null) {
                hits.put(row, h);
                p = h.end();
                first = false;
            }
        }
        if (hits.isEmpty()) {
            add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表二（主动公开政府信息情况）的数据行", "表二", t.positionAt(anchor));
            return anchor;
        }
        Table2 table = new Table2();
        int end = anchor;
        List<Table2Row> found = new ArrayList<>(hits.keySet());
        for (int i = 0; i < found.size(); i++) {
            Table2Row row = found.get(i);
            Hit h = hits.get(row);
            int limit = i + 1 < found.size() ? hits.get(found.get(i + 1)).start() : s.length();
            List<Table2Column> columns = row.columns(edition);
            Values v = readValues(h.end(), limit, columns.size(), true);
            end = Math.max(end, v.end());
            String where = "表二 · " + row.label(edition);
            rowKeys = new Object[] {row};
            SourcePosition pos = t.positionAt(h.keyStart());
            report.positions().put(row, pos);
            table.addRow(row);
            List<String> cells = exactly(v.tokens(), columns.size());
            if (cells == null) {
                List<List<String>> readings = filterKinds(splitReadings(v, columns.size()), columns);
                if (readings.size() == 1) {
                    cells = readings.get(0);
                    add(
                            "DOC.CELLS_SPLIT",
                            Severity.INFO,
                            "该行单元格之间没有分隔，按数字唯一可能的拆分读作 " + String.join("|", cells),
                            where,
                            pos);
                } else if (readings.size() > 1) {
                    List<String> agreed = agreedText(readings);
                    add(
                            "DOC.SPLIT_AMBIGUOUS",
                            Severity.WARNING,
                            "该行单元格之间没有分隔，数字“" + String.join(" ", v.tokens()) + "”可拆分为多种读法（" + describeText(readings)
                                    + "），无法确定的单元格按空白处理",
                            where,
                            pos);
                    cells = agreed;
                } else {
                    short2(row, columns, v, where, pos);
                    cells = new ArrayList<>(v.tokens());
                    while (cells.size() < columns.size()) {
                        cells.add("");
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                table.set(row, columns.get(c), amount(cells.get(c), columns.get(c), where, pos));
            }
        }
        rowKeys = null;
        for (Table2Row row : rows) {
            if (!hits.containsKey(row)) {
                add(
                        "DOC.ROW_MISSING",
                        Severity.WARNING,
                        "表二缺少“" + row.label(edition) + "”行",
                        "表二 · " + row.label(edition),
                        null);
            }
        }
        report.table2(table);
        zone(anchor, end);
        return end;
    }

    private void short2(Table2Row row, List<Table2Column> columns, Values v, String where, SourcePosition pos) {
        add(
                "DOC.ROW_SHORT",
                Severity.WARNING,
                "该行只读到" + v.tokens().size() + "个单元格，应有" + columns.size() + "个（" + labels(columns) + "）",
                where,
                pos);
    }

    private static String labels(List<Table2Column> columns) {
        StringBuilder sb = new StringBuilder();
        for (Table2Column c : columns) {
            sb.append(sb.isEmpty() ? "" : "、").append(c.label());
        }
        return sb.toString();
    }

    private static List<List<String>> filterKinds(List<List<String>> readings, List<Table2Column> columns) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : readings) {
            boolean ok = true;
            for (int i = 0; i < r.size() && ok; i++) {
                String p = r.get(i);
                Table2Column.Kind kind = columns.get(i).kind();
                if (p.indexOf('.') >= 0 && kind != Table2Column.Kind.AMOUNT) {
                    ok = false;
                }
                if ((p.startsWith("-") || p.startsWith("+")) && kind != Table2Column.Kind.SIGNED_COUNT) {
                    ok = false;
                }
            }
            if (ok) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> agreedText(List<List<String>> readings) {
        List<String> out = new ArrayList<>(readings.get(0));
        for (List<String> r : readings) {
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).equals(r.get(i))) {
                    out.set(i, "");
                }
            }
        }
        return out;
    }

    private static String describeText(List<List<String>> readings) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < readings.size() && i < 5; i++) {
            sb.append(i == 0 ? "" : "；").append(String.join("|", readings.get(i)));
        }
        if (readings.size() > 5) {
            sb.append("；等").append(readings.size()).append("种");
        }
        return sb.toString();
    }

    private BigDecimal amount(String token, Table2Column column, String where, SourcePosition pos) {
        if (token.isEmpty() || AssemblerValues.isPlaceholder(token)) {
            return null;
        }
        BigDecimal v = token.startsWith("?") ? null : AssemblerValues.number(token);
        if (v == null) {
            unreadable(token, where + " · " + column.label(), pos);
            return null;
        }
        String unit = AssemblerValues.unit(token);
        if (unit != null
                && column.kind() == Table2Column.Kind.AMOUNT
                && !column.label().contains("单位：" + unit)) {
            // 240万元, 73802895.90元: the format prints no unit for 采购总金额 (domain-spec §2.3 [U]); kept as printed.
            add(
                    "DOC.AMOUNT_UNIT",
                    Severity.INFO,
                    "“" + column.label() + "”列印为“" + token + "”，单元格内带有单位“" + unit + "”；按印出的数字" + v.toPlainString()
                            + "读取，未换算单位",
                    where + " · " + column.label(),
                    pos);
        }
        return v;
    }

    /**
     * Where table 3 starts: its header note (勾稽关系) or its 申请人情况 header cell, whichever comes
     * first when both are printed close together (a merged header cell may be printed on any of the
     * header lines).
     */
    private int table3Anchor(int from) {
        int note = s.indexOf("勾稽关系", from);
        int applicants = s.indexOf("申请人情况", from);
        if (note < 0 || applicants < 0) {
            return Math.max(note, applicants) < 0 ? from : Math.max(note, applicants);
        }
        return Math.abs(note - applicants) <= 300 ? Math.min(note, applicants) : note;
    }

    private int firstOf(int from, String... keys) {
        for (String k : keys) {
            int i = s.indexOf(k, from);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- table 3

    /** The text looked for to find each row of table 3; its numbering and the rest of the label are read around it. */
    private static String key3(Table3Row row) {
        return switch (row) {
            case NEW_RECEIVED -> "本年新收";
            case CARRIED_OVER -> "上年结转";
            case GRANTED -> "予以公开";
            case PARTIALLY_GRANTED -> "部分公开";
            case STATE_SECRET -> "国家秘密";
            case PROHIBITED_BY_LAW -> "禁止公开";
            case THREE_SECURITY_ONE_STABILITY -> "三安全一稳定";
            case THIRD_PARTY_RIGHTS -> "第三方合法权益";
            case INTERNAL_AFFAIRS -> "内部事务";
            case PROCESS_INFORMATION -> "过程性信息";
            case LAW_ENFORCEMENT_FILES -> "行政执法案卷";
            case ADMINISTRATIVE_INQUIRY -> "行政查询事项";
            case NOT_HELD -> "不掌握相关政府信息";
            case NEEDS_CREATION -> "另行制作";
            case STILL_UNCLEAR -> "仍不明确";
            case PETITION_COMPLAINT -> "信访举报投诉";
            case DUPLICATE -> "重复申请";
            case PUBLICATION -> "公开出版物";
            case MASS_REPEATED -> "大量反复申请";
            case CONFIRM_OR_REISSUE -> "确认或重新出具";
            case OTHER -> "其他处理";
            case NO_CORRECTION_IN_TIME -> "逾期不补正";
            case FEE_NOT_PAID -> "逾期未按收费通知";
            case OTHER_OTHER -> "其他";
            case TOTAL -> "总计";
            case CARRIED_FORWARD -> "结转下年度";
        };
    }

    private static String number3(Table3Row row) {
        String label = row.label();
        int dot = label.indexOf('.');
        return dot > 0 && dot <= 2 && Character.isDigit(label.charAt(0)) ? label.substring(0, dot) : null;
    }

    private int readTable3(Edition edition, int from, AssemblerHeadings headings) {
        int anchor = table3Anchor(from);
        Map<Table3Row, Hit> hits = new EnumMap<>(Table3Row.class);
        int p = anchor;
        int otherFrom = -1;
        boolean first = true;
        for (Table3Row row : Table3Row.values()) {
            Hit h;
            if (row == Table3Row.OTHER) {
                // Decided below, by the sub-rows: a merged （六）其他处理 may be printed on any of their lines.
                otherFrom = p;
                continue;
            } else if (row == Table3Row.OTHER_OTHER) {
                if (!hits.containsKey(Table3Row.FEE_NOT_PAID) && !hits.containsKey(Table3Row.NO_CORRECTION_IN_TIME)) {
                    continue;
                }
                h = findNumbered("其他", "3", p, 80);
            } else if (row == Table3Row.TOTAL) {
                h = find("（七）总计", null, p, first ? FIRST_ROW_WINDOW : ROW_WINDOW);
                if (h == null && !first) {
                    // a bare 总计 only among rows already found: alone it is a column header (表三, 表四)
                    h = find("总计", null, p, ROW_WINDOW);
                }
            } else {
                h = find(key3(row), number3(row), p, first ? FIRST_ROW_WINDOW : ROW_WINDOW);
            }
            if (h != null) {
                hits.put(row, h);
                p = h.end();
                first = false;
            }
        }
        // （六）其他处理 heads three sub-rows in the 2021 edition and is a row of its own in 2019 (§2.6 item 7):
        // the edition of the row is told by the sub-rows' own labels, wherever the group label was printed.
        boolean subRows = hits.containsKey(Table3Row.NO_CORRECTION_IN_TIME)
                || hits.containsKey(Table3Row.FEE_NOT_PAID)
                || hits.containsKey(Table3Row.OTHER_OTHER);
        if (!subRows && otherFrom >= 0) {
            Hit total = hits.get(Table3Row.TOTAL);
            Hit h = find("其他处理", null, otherFrom, hits.isEmpty() ? FIRST_ROW_WINDOW : ROW_WINDOW);
            if (h != null && (total == null || h.start() < total.start())) {
                hits.put(Table3Row.OTHER, h);
            }
        }
        if (hits.isEmpty()) {
            add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表三（收到和处理政府信息公开申请情况）", "表三", null);
            return from;
        }
        int n = ApplicantColumn.values().length;
        Table3 table = new Table3();
        Map<Table3Row, Long[]> fixed = new EnumMap<>(Table3Row.class);
        Map<Table3Row, List<Long[]>> open = new EnumMap<>(Table3Row.class);
        Map<Table3Row, String> printed = new EnumMap<>(Table3Row.class);
        List<Table3Row> found = new ArrayList<>(hits.keySet());
        int zoneStart = Math.min(anchor, hits.get(found.get(0)).start());
        if (zoneStart == anchor && anchor > 0) {
            int bracket = s.lastIndexOf('（', anchor);
            if (bracket >= 0 && anchor - bracket <= 8) {
                zoneStart = bracket;
            }
        }
        int end = zoneStart;
        int syntaxSplits = 0;
        for (int i = 0; i < found.size(); i++) {
            Table3Row row = found.get(i);
            Hit h = hits.get(row);
            int limit = i + 1 < found.size() ? hits.get(found.get(i + 1)).start() : s.length();
            Values v = readValues(h.end(), limit, n, true);
            end = Math.max(end, v.end());
            String where = "表三 · " + row.qualifiedLabel();
            rowKeys = new Object[] {row};
            SourcePosition pos = t.positionAt(h.keyStart());
            report.positions().put(row, pos);
            List<String> cells = exactly(v.tokens(), n);
            if (cells != null) {
                Long[] values = new Long[n];
                for (int c = 0; c < n; c++) {
                    values[c] = count(cells.get(c), where + " · " + ApplicantColumn.values()[c].qualifiedLabel(), pos);
                }
                fixed.put(row, values);
                continue;
            }
            List<Long[]> readings = CellSplitter.countReadings(splitReadings(v, n));
            if (readings.size() == 1) {
                fixed.put(row, readings.get(0));
                syntaxSplits++;
            } else if (readings.size() > 1) {
                open.put(row, readings);
                printed.put(row, String.join(" ", v.tokens()));
            } else {
                add(
                        "DOC.ROW_SHORT",
                        Severity.WARNING,
                        "该行只读到" + v.tokens().size() + "个单元格，应有7个（自然人、五类法人或其他组织、总计）",
                        where,
                        pos);
                Long[] values = new Long[n];
                for (int c = 0; c < v.tokens().size() && c < n; c++) {
                    values[c] = count(v.tokens().get(c), where, pos);
                }
                fixed.put(row, values);
            }
        }
        if (!open.isEmpty()) {
            Map<Table3Row, List<Long[]>> resolved = CellSplitter.resolveTable3(fixed, open, edition);
            for (var e : resolved.entrySet()) {
                Table3Row row = e.getKey();
                String where = "表三 · " + row.qualifiedLabel();
                rowKeys = new Object[] {row};
                SourcePosition pos = report.positionOf(row);
                if (e.getValue().size() == 1) {
                    fixed.put(row, e.getValue().get(0));
                    add(
                            "DOC.CELLS_SPLIT",
                            Severity.INFO,
                            "该行单元格之间没有分隔，数字“" + printed.get(row) + "”按勾稽关系（总计等于各列之和、表三各项平衡）唯一确定为 "
                                    + CellSplitter.describe(e.getValue()),
                            where,
                            pos);
                } else {
                    fixed.put(row, CellSplitter.agreed(e.getValue()));
                    add(
                            "DOC.SPLIT_AMBIGUOUS",
                            Severity.WARNING,
                            "该行单元格之间没有分隔，数字“" + printed.get(row) + "”按勾稽关系仍有多种读法（" + CellSplitter.describe(e.getValue())
                                    + "），无法确定的单元格按空白处理",
                            where,
                            pos);
                }
            }
        }
        rowKeys = null;
        if (syntaxSplits > 0) {
            add(
                    "DOC.CELLS_SPLIT",
                    Severity.INFO,
                    "表三有" + syntaxSplits + "行单元格之间没有分隔，已按唯一可能的拆分读出",
                    "表三",
                    report.positionOf(found.get(0)));
        }
        for (var e : fixed.entrySet()) {
            table.setRow(e.getKey(), e.getValue());
        }
        for (Table3Row row : edition.table3Rows()) {
            if (!hits.containsKey(row)) {
                add(
                        "DOC.ROW_MISSING",
                        Severity.WARNING,
                        "表三缺少“" + row.qualifiedLabel() + "”行",
                        "表三 · " + row.qualifiedLabel(),
                        null);
            }
        }
        report.table3(table);
        zone(zoneStart, end);
        return end;
    }

    // ---------------------------------------------------------------- table 4

    private static final String HEADER4 = "行政复议诉讼结果维持纠正其他尚未审结总计经直接起后（）、";

    private void readTable4(int from, AssemblerHeadings headings) {
        int anchor = firstOf(from, "复议后起诉");
        if (anchor < 0) {
            int h4 = headings.end(4);
            anchor = firstOf(Math.max(from, h4), "尚未审结");
        }
        if (anchor < 0) {
            add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表四（政府信息公开行政复议、行政诉讼情况）", "表四", null);
            return;
        }
        if (readLabelledRows4(anchor, from, headings)) {
            return;
        }
        int q = anchor;
        while (q < s.length()
                && (HEADER4.indexOf(s.charAt(q)) >= 0
                        || s.charAt(q) == '|'
                        || s.charAt(q) == ' '
                        || s.charAt(q) == '\n')) {
            q++;
        }
        int zoneStart = anchor;
        int reconsideration = s.lastIndexOf("行政复议", anchor);
        if (reconsideration >= 0
                && anchor - reconsideration <= 120
                && reconsideration >= Math.max(from, headings.end(4))) {
            zoneStart = reconsideration;
        }
        int groups = Table4Group.values().length;
        int per = Table4Column.values().length;
        int n = groups * per;
        int limit = nextHeadingAfter(headings, q);
        Values v = readValues(q, limit, n);
        SourcePosition pos = t.positionAt(q);
        List<String> cells = exactly(v.tokens(), n);
        Table4 table = new Table4();
        rowKeys = Table4Group.values();
        if (cells == null) {
            List<Long[]> readings = new ArrayList<>();
            for (Long[] r : CellSplitter.countReadings(splitReadings(v, n))) {
                if (table4Balances(r)) {
                    readings.add(r);
                }
            }
            if (readings.isEmpty() && v.tokens().isEmpty()) {
                add("DOC.TABLE_MISSING", Severity.ERROR, "找到表四的表头，但未读到数据", "表四", pos);
                return;
            }
            Long[] values;
            if (readings.size() == 1) {
                values = readings.get(0);
                add("DOC.CELLS_SPLIT", Severity.INFO, "表四单元格之间没有分隔，按“总计等于四项之和”唯一确定了拆分", "表四", pos);
            } else if (readings.size() > 1) {
                values = CellSplitter.agreed(readings);
                add(
                        "DOC.SPLIT_AMBIGUOUS",
                        Severity.WARNING,
                        "表四单元格之间没有分隔，数字“" + String.join(" ", v.tokens()) + "”有多种读法（" + CellSplitter.describe(readings)
                                + "），无法确定的单元格按空白处理",
                        "表四",
                        pos);
            } else {
                add(
                        "DOC.ROW_SHORT",
                        Severity.WARNING,
                        "表四只读到" + v.tokens().size() + "个单元格，应有15个（行政复议、未经复议直接起诉、复议后起诉各5个）",
                        "表四",
                        pos);
                values = new Long[n];
                for (int c = 0; c < v.tokens().size() && c < n; c++) {
                    values[c] = count(v.tokens().get(c), "表四", pos);
                }
            }
            cells = null;
            fill4(table, values, pos);
        } else {
            Long[] values = new Long[n];
            for (int c = 0; c < n; c++) {
                Table4Group g = Table4Group.values()[c / per];
                values[c] =
                        count(cells.get(c), "表四 · " + g.label() + " · " + Table4Column.values()[c % per].label(), pos);
            }
            fill4(table, values, pos);
        }
        rowKeys = null;
        report.table4(table);
        zone(zoneStart, Math.max(v.end(), q));
        table4Zone = new int[] {zoneStart, Math.max(v.end(), q)};
    }

    /**
     * Table 4 printed as three labelled rows of five cells ({@code 行政复议 | 0 | 0 | 0 | 0 | 0}, {@code
     * 未经复议直接起诉 …}, {@code 复议后起诉 …}): each group is read after its own label. Returns false,
     * reading nothing, when the rows do not each have five values after their labels (the format's
     * layout: group headers, then one row of fifteen).
     */
    private boolean readLabelledRows4(int after, int from, AssemblerHeadings headings) {
        int direct = s.lastIndexOf("直接起诉", after);
        int review = direct < 0 ? -1 : s.lastIndexOf("行政复议", direct);
        if (direct < 0 || review < 0 || after - direct > 200 || direct - review > 200 || review < from) {
            return false;
        }
        int[] labels = {review, direct, after};
        String[] keys = {"行政复议", "直接起诉", "复议后起诉"};
        int per = Table4Column.values().length;
        List<Values> rows = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            int end = labels[g] + keys[g].length();
            while (end < s.length() && isLabelChar(s.charAt(end))) {
                end++;
            }
            int limit = g < 2 ? labels[g + 1] : nextHeadingAfter(headings, end);
            if (g < 2) {
                // the next label starts its line or cell: 行政诉讼（复议后起诉）
                while (limit > end && isLabelChar(s.charAt(limit - 1))) {
                    limit--;
                }
            }
            if (limit <= end) {
                return false;
            }
            Values v = readValues(end, limit, per);
            if (v.tokens().size() < per) {
                return false;
            }
            for (int c = 0; c < per; c++) {
                String tok = v.tokens().get(c);
                if (tok.startsWith("?") || tok.isEmpty() && !v.trusted()) {
                    return false;
                }
            }
            rows.add(v);
        }
        Table4 table = new Table4();
        for (int g = 0; g < 3; g++) {
            Table4Group group = Table4Group.values()[g];
            SourcePosition pos = t.positionAt(labels[g]);
            Long[] part = new Long[per];
            rowKeys = new Object[] {group};
            for (int c = 0; c < per; c++) {
                part[c] = count(
                        rows.get(g).tokens().get(c),
                        "表四 · " + group.label() + " · " + Table4Column.values()[c].label(),
                        pos);
            }
            table.setGroup(group, part);
            report.positions().put(group, pos);
        }
        rowKeys = null;
        report.table4(table);
        int zoneStart = review;
        int header = s.lastIndexOf("结果维持", review);
        if (header >= from && review - header <= 120) {
            zoneStart = s.lastIndexOf('\n', header) + 1;
        }
        int zoneEnd = rows.get(2).end();
        zone(zoneStart, zoneEnd);
        table4Zone = new int[] {zoneStart, zoneEnd};
        return true;
    }

    private void fill4(Table4 table, Long[] values, SourcePosition pos) {
        int per = Table4Column.values().length;
        for (Table4Group g : Table4Group.values()) {
            Long[] part = new Long[per];
            System.arraycopy(values, g.ordinal() * per, part, 0, per);
            table.setGroup(g, part);
            report.positions().put(g, pos);
        }
    }

    private static boolean table4Balances(Long[] r) {
        int per = Table4Column.values().length;
        for (int g = 0; g < Table4Group.values().length; g++) {
            Long[] part = new Long[per];
            System.arraycopy(r, g * per, part, 0, per);
            if (!CellSplitter.sumsToLast(part)) {
                return false;
            }
        }
        return true;
    }

    private int nextHeadingAfter(AssemblerHeadings headings, int q) {
        int best = s.length();
        for (int k = 1; k <= 6; k++) {
            int st = headings.start(k);
            if (st > q && st < best) {
                best = st;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- sections

    private void buildSections(AssemblerHeadings headings) {
        int[] start = new int[7];
        int firstStart = s.length();
        for (int k = 1; k <= 6; k++) {
            start[k] = headings.start(k);
            if (start[k] >= 0) {
                firstStart = Math.min(firstStart, start[k]);
            }
        }
        // A lost heading 五: the prose after table 4, up to the next heading found, is section 五's text
        // (the sections follow the tables in the format's order), still reported as not present.
        int fifth = -1;
        if (start[5] < 0 && table4Zone != null && (start[6] < 0 || start[6] >= table4Zone[1])) {
            fifth = table4Zone[1];
        }
        report.preamble(prose(0, firstStart));
        List<Section> sections = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            SectionHeading official = SectionHeading.ofNumber(k);
            int from = start[k] >= 0 ? headings.body(k) : k == 5 ? fifth : -1;
            if (from < 0) {
                sections.add(new Section(k, official.heading(), false, ""));
                continue;
            }
            int at = start[k] >= 0 ? start[k] : fifth;
            int next = s.length();
            for (int j = 1; j <= 6; j++) {
                if (start[j] > at && start[j] < next) {
                    next = start[j];
                }
            }
            if (fifth > at && fifth < next) {
                next = fifth;
            }
            String text = prose(from, next);
            if (start[k] < 0) {
                sections.add(new Section(k, official.heading(), false, text));
                continue;
            }
            String heading = s.substring(start[k], headings.end(k)).strip();
            sections.add(new Section(k, heading, true, text));
            report.positions().put(official, t.positionAt(start[k]));
        }
        report.sections(sections);
    }

    private static String collapseSpaces(String line) {
        if (!line.contains("  ")) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' || sb.isEmpty() || sb.charAt(sb.length() - 1) != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The prose between two offsets: table zones cut out, cells joined by spaces, blank lines dropped. */
    private String prose(int from, int to) {
        StringBuilder raw = new StringBuilder();
        int p = from;
        while (p < to) {
            int next = to;
            int[] inside = null;
            for (int[] z : zones) {
                if (z[0] <= p && p < z[1]) {
                    inside = z;
                    break;
                }
                if (z[0] > p && z[0] < next) {
                    next = z[0];
                }
            }
            if (inside != null) {
                p = Math.min(inside[1], to);
                raw.append('\n');
                continue;
            }
            raw.append(s, p, next);
            p = next;
        }
        StringBuilder out = new StringBuilder();
        for (String line : raw.toString().split("\n")) {
            String l = collapseSpaces(line.replace('|', ' ').strip());
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
