package org.gongkai.app.catalog;

import java.util.List;

/**
 * The columns a new catalog opens with (domain-spec §6.3): the first-level columns observed on
 * government portals and consistent with 国办公开办函〔2019〕61号, and under 法定主动公开内容 the usual
 * second-level columns, each mapped to the item of 条例第二十条 it serves. The seed's five (概况, 政策文件,
 * 工作动态, 财政, 服务及其他) are among them. Update intervals follow the inspection indicators of §6.5
 * (国办秘函〔2019〕19号): 动态 columns two weeks, 政策文件 and 公告 columns six months; annual columns a
 * year; no expectation where the indicators say none.
 */
final class DefaultColumns {
    private DefaultColumns() {}

    /** A default column; {@code children} only on the first level. */
    record Default(String name, Integer articleItem, Integer updateIntervalDays, List<Default> children) {
        static Default leaf(String name, Integer articleItem, Integer updateIntervalDays) {
            return new Default(name, articleItem, updateIntervalDays, List.of());
        }
    }

    /** The column of the annual reports (政府信息公开工作年度报告, 条例第四十九条), linked from the portal's home. */
    static final String ANNUAL_REPORTS = "政府信息公开年报";

    static final int TWO_WEEKS = 14;
    static final int SIX_MONTHS = 183;
    static final int A_YEAR = 366;

    static final List<Default> COLUMNS = List.of(
            Default.leaf("政府信息公开指南", null, A_YEAR),
            Default.leaf("政府信息公开制度", null, null),
            new Default(
                    "法定主动公开内容",
                    null,
                    null,
                    List.of(
                            Default.leaf("概况", 2, A_YEAR),
                            Default.leaf("政策文件", 1, SIX_MONTHS),
                            Default.leaf("政策解读", null, SIX_MONTHS),
                            Default.leaf("规划信息", 3, null),
                            Default.leaf("统计信息", 4, null),
                            Default.leaf("行政许可", 5, null),
                            Default.leaf("行政处罚和行政强制", 6, null),
                            Default.leaf("财政", 7, A_YEAR),
                            Default.leaf("行政事业性收费", 8, null),
                            Default.leaf("政府采购", 9, null),
                            Default.leaf("重大建设项目", 10, null),
                            Default.leaf("民生领域", 11, null),
                            Default.leaf("应急管理", 12, null),
                            Default.leaf("监督检查", 13, null),
                            Default.leaf("人事信息", 14, null),
                            Default.leaf("工作动态", null, TWO_WEEKS),
                            Default.leaf("公示公告", null, SIX_MONTHS),
                            Default.leaf("建议提案办理", null, A_YEAR),
                            Default.leaf("服务及其他", 15, null))),
            Default.leaf(ANNUAL_REPORTS, null, A_YEAR));

    /** How many columns a new catalog has. */
    static int count() {
        return COLUMNS.stream().mapToInt(c -> 1 + c.children().size()).sum();
    }
}
