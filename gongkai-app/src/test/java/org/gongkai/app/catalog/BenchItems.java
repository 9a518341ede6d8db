package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generated catalog items for the search benchmark ({@link SearchBenchmark}): titles and bodies made from
 * word lists of what Chinese agencies publish (机关, 事项, 文种, the sentences of notices and 公示), the
 * same for the same seed, loaded into PostgreSQL with {@code COPY} in batches. 95 % are published, the
 * rest drafts (the search must filter them out).
 */
final class BenchItems {
    static final String[] AGENCIES = {
        "市财政局",
        "市市场监督管理局",
        "区生态环境局",
        "县人力资源和社会保障局",
        "市住房和城乡建设局",
        "市交通运输局",
        "区教育局",
        "市卫生健康委员会",
        "县应急管理局",
        "市自然资源和规划局",
        "区民政局",
        "市农业农村局",
        "市商务局",
        "市发展和改革委员会",
        "县水利局",
        "市司法局",
        "区文化和旅游局",
        "市医疗保障局",
        "市统计局",
        "区城市管理局"
    };
    static final String[] MATTERS = {
        "行政许可",
        "行政处罚",
        "部门预算",
        "部门决算",
        "政府采购",
        "专项资金",
        "安全生产",
        "环境影响评价",
        "建设工程规划许可",
        "最低生活保障",
        "城乡居民医疗保险",
        "义务教育招生",
        "公共租赁住房",
        "食品安全抽检",
        "道路运输经营许可",
        "农业补贴",
        "就业创业补贴",
        "重大行政决策",
        "规范性文件清理",
        "营商环境优化",
        "人才引进",
        "招标投标",
        "节能减排",
        "防汛抗旱",
        "老旧小区改造",
        "养老服务",
        "统计数据",
        "价格监测",
        "财政预算执行",
        "行政事业性收费"
    };
    static final String[] ACTIONS = {"公开", "公示", "调整", "实施", "印发", "征求意见", "审批结果", "监督检查", "申报", "备案"};
    static final String[] GENRES = {"通知", "公告", "通告", "决定", "意见", "办法", "批复", "函", "报告", "方案"};
    static final String[] LAWS = {
        "中华人民共和国政府信息公开条例",
        "中华人民共和国行政许可法",
        "中华人民共和国行政处罚法",
        "中华人民共和国预算法",
        "中华人民共和国政府采购法",
        "优化营商环境条例",
        "中华人民共和国安全生产法",
        "中华人民共和国环境保护法",
        "社会救助暂行办法"
    };
    static final String[] UNITS = {"乡镇人民政府", "街道办事处", "有关部门", "各相关单位", "区属各部门", "各直属单位"};
    static final String[] CHECKS = {"监督检查", "专项审计", "绩效评价", "抽样检查", "年度考核"};

    /** Two-word queries of the mix, each word of the lists above or of the sentences below. */
    static final String[] QUERIES = {
        "行政许可 公示", "财政 预算", "政府采购 结果", "安全生产 检查", "最低生活保障 调整", "环境影响评价 审批", "义务教育 招生",
        "公共租赁住房 申请", "食品安全 抽检", "就业 补贴", "养老服务 资金", "招标投标 公告", "防汛 应急", "老旧小区 改造",
        "人才引进 办法", "营商环境 优化", "统计 数据", "医疗保险 缴费", "规范性文件 清理", "道路运输 许可"
    };

    private final Random random;

    BenchItems(long seed) {
        this.random = new Random(seed);
    }

    /** The agencies' ids and one column of each, made by {@link #insertAgencies}. */
    record Owners(long[] agencyIds, long[] columnIds) {}

    static Owners insertAgencies(Connection c) throws SQLException {
        long[] agencies = new long[AGENCIES.length];
        long[] columns = new long[AGENCIES.length];
        try (PreparedStatement agency = c.prepareStatement(
                        "INSERT INTO agency (kind, name, created_at) VALUES ('AGENCY', ?, CURRENT_TIMESTAMP) RETURNING id");
                PreparedStatement column =
                        c.prepareStatement("INSERT INTO catalog_column (agency_id, name, position, created_at)"
                                + " VALUES (?, '政策文件', 1, CURRENT_TIMESTAMP) RETURNING id")) {
            for (int i = 0; i < AGENCIES.length; i++) {
                agency.setString(1, "某某" + AGENCIES[i]);
                agencies[i] = single(agency);
                column.setLong(1, agencies[i]);
                columns[i] = single(column);
            }
        }
        return new Owners(agencies, columns);
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Copies {@code count} items into {@code catalog_item}, {@code batch} rows per COPY. */
    void copy(Connection c, Owners owners, int count, int batch) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY catalog_item (agency_id, column_id, state, title, summary, publisher, formed_on,"
                + " published_on, document_number, topic, genre, validity, disclosure_mode, body, index_number,"
                + " author_id, created_at, updated_at) FROM STDIN";
        StringBuilder rows = new StringBuilder(batch * 1200);
        for (int n = 0; n < count; n++) {
            row(rows, owners, n);
            if ((n + 1) % batch == 0 || n == count - 1) {
                copy.copyIn(sql, (Reader) new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
    }

    private void row(StringBuilder rows, Owners owners, int n) {
        int a = random.nextInt(AGENCIES.length);
        String agency = AGENCIES[a];
        String matter = pick(MATTERS);
        String genre = pick(GENRES);
        int year = 2015 + random.nextInt(11);
        LocalDate formed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
        boolean published = random.nextInt(100) < 95;
        String title = title(agency, matter, genre, year);
        List<String> fields = new ArrayList<>(18);
        fields.add(Long.toString(owners.agencyIds()[a]));
        fields.add(Long.toString(owners.columnIds()[a]));
        fields.add(published ? "PUBLISHED" : "DRAFT");
        fields.add(title);
        fields.add(agency + "就" + year + "年" + matter + "有关事项作出说明。");
        fields.add(agency);
        fields.add(formed.toString());
        fields.add(published ? formed.plusDays(random.nextInt(20)).toString() : null);
        fields.add(agency.substring(0, 1) + agency.substring(agency.length() - 1) + "〔" + year + "〕" + (n % 500 + 1)
                + "号");
        fields.add(matter);
        fields.add(genre);
        fields.add("IN_FORCE");
        fields.add("PROACTIVE");
        fields.add(body(agency, matter, genre, year));
        fields.add(published ? "BENCH-" + n : null);
        fields.add("1");
        fields.add("2026-01-01 00:00:00+08");
        fields.add("2026-01-01 00:00:00+08");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                rows.append('\t');
            }
            String f = fields.get(i);
            rows.append(f == null ? "\\N" : escape(f));
        }
        rows.append('\n');
    }

    private String title(String agency, String matter, String genre, int year) {
        switch (random.nextInt(4)) {
            case 0:
                return agency + "关于" + year + "年" + matter + pick(ACTIONS) + "的" + genre;
            case 1:
                return agency + year + "年" + matter + "结果公示";
            case 2:
                return "关于进一步做好" + matter + "工作的" + genre;
            default:
                return agency + "关于印发《" + matter + "管理办法》的通知";
        }
    }

    private String body(String agency, String matter, String genre, int year) {
        StringBuilder b = new StringBuilder(1200);
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            b.append("<p>");
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                b.append(sentence(agency, random.nextInt(4) == 0 ? pick(MATTERS) : matter, genre, year));
            }
            b.append("</p>");
        }
        return b.toString();
    }

    private String sentence(String agency, String matter, String genre, int year) {
        switch (random.nextInt(9)) {
            case 0:
                return "为进一步规范" + matter + "工作，根据《" + pick(LAWS) + "》等有关规定，结合本地实际，现将有关事项" + pick(ACTIONS) + "如下。";
            case 1:
                return agency + "对" + year + "年度" + matter + "情况进行了" + pick(CHECKS) + "，共受理" + random.nextInt(900)
                        + "件，办结" + random.nextInt(900) + "件。";
            case 2:
                return "各" + pick(UNITS) + "要高度重视" + matter + "工作，明确责任分工，确保各项措施落到实处。";
            case 3:
                return "公示期为" + (5 + random.nextInt(6)) + "个工作日，自" + year + "年" + (1 + random.nextInt(12)) + "月"
                        + (1 + random.nextInt(28)) + "日起。如有异议，请在公示期内以书面形式向" + agency + "反映。";
            case 4:
                return "联系电话：0591-" + (80000000 + random.nextInt(9999999)) + "。";
            case 5:
                return "本" + genre + "自发布之日起施行，有效期" + (1 + random.nextInt(5)) + "年。";
            case 6:
                return matter + "所需资金由" + (random.nextBoolean() ? "市级" : "县级") + "财政预算安排，实行专款专用，任何单位和个人不得截留、挤占、挪用。";
            case 7:
                return "申请人应当按照要求提交申请材料，" + agency + "自受理之日起" + (5 + random.nextInt(16)) + "个工作日内作出决定，符合条件的予以"
                        + pick(new String[] {"补贴", "许可", "登记", "备案", "缴费减免"}) + "。";
            default:
                return "对违反规定的，依照《" + pick(LAWS) + "》第" + (10 + random.nextInt(60)) + "条予以处理，并向社会公开处理结果。";
        }
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** COPY's text format: backslash, tab and line breaks escaped. */
    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
