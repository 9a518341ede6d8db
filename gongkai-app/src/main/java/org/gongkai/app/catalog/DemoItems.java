package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The invented items of the demo catalogs ({@link DemoCatalog}): titles that read like those of a
 * municipal bureau of commerce, none of them real. 达州市商务局's 2020 — the year the demo annual report
 * is about — has exactly 66 published items: 概况 3, 政策文件 5, 工作动态 48, 财政 7, 服务及其他 3; its one
 * 规范性文件 was made and published in 2019 and is in force at the end of 2020, so that the register counts
 * the seed's table 2 first block (0, 0, 1). Its 2020 annual report is published on 2021-01-28 in the
 * 年报 column. Other years and the other demo agencies have a few items each.
 */
final class DemoItems {
    private DemoItems() {}

    static final String COMMERCE = "达州市商务局";
    static final String ANNUAL_REPORT_2020 = "达州市商务局2020年政府信息公开工作年度报告";
    static final String TRADE = "商贸、海关、旅游\\国内贸易（含供销）";
    static final String FOREIGN = "商贸、海关、旅游\\对外经贸合作";
    static final String FINANCE = "财政、金融、审计\\财政";
    static final String GENERAL = "综合政务\\政务公开";
    static final String EDUCATION = "教育\\基础教育";
    static final String LAND = "城乡建设、环境保护\\城市规划";

    /** One demo item: its column (by name), dates, metadata, and whether it is withdrawn afterwards. */
    record Item(
            String column,
            String title,
            LocalDate formedOn,
            LocalDate publishedOn,
            String documentNumber,
            String topic,
            String genre,
            Validity validity,
            String summary,
            String withdrawalReason) {
        static Item of(String column, String title, LocalDate published, String topic, String genre) {
            return new Item(
                    column,
                    title,
                    published.minusDays(2),
                    published,
                    null,
                    topic,
                    genre,
                    Validity.IN_FORCE,
                    null,
                    null);
        }

        Item numbered(String documentNumber, String summary) {
            return new Item(
                    column,
                    title,
                    formedOn.minusDays(3),
                    publishedOn,
                    documentNumber,
                    topic,
                    genre,
                    validity,
                    summary,
                    withdrawalReason);
        }

        Item withdrawn(String reason) {
            return new Item(
                    column, title, formedOn, publishedOn, documentNumber, topic, genre, validity, summary, reason);
        }
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The demo items of the agency named {@code agency} (none for an agency it does not know). */
    static List<Item> of(String agency) {
        return switch (agency) {
            case COMMERCE -> commerce();
            case "达州市教育局" -> education();
            case "达州市自然资源和规划局" -> land();
            case "达州市通川区人民政府" -> district();
            default -> List.of();
        };
    }

    static List<Item> commerce() {
        List<Item> items = new ArrayList<>(commerce2020());
        items.addAll(commerceOtherYears());
        return items;
    }

    static List<Item> commerce2020() {
        List<Item> items = new ArrayList<>();
        // 概况 3
        items.add(Item.of("概况", "达州市商务局主要职责", d(2020, 1, 8), GENERAL, "其他"));
        items.add(Item.of("概况", "达州市商务局内设机构及职能", d(2020, 1, 8), GENERAL, "其他"));
        items.add(Item.of("概况", "达州市商务局领导班子成员及分工", d(2020, 6, 15), GENERAL, "其他"));
        // 政策文件 5; no 规范性文件 made or published in 2020 (the seed's table 2: 0, 0, and 1 disclosed in all,
        // the one of 2019 below)
        items.add(Item.of("政策文件", "达州市商务局关于印发《达州市2020年商务领域安全生产工作要点》的通知", d(2020, 3, 18), TRADE, "通知")
                .numbered("达市商务发〔2020〕15号", "部署2020年全市商贸流通领域安全生产重点工作。"));
        items.add(Item.of("政策文件", "达州市商务局关于做好新冠肺炎疫情防控期间生活必需品市场保供稳价工作的通知", d(2020, 2, 3), TRADE, "通知")
                .numbered("达市商务发〔2020〕3号", "部署疫情防控期间生活必需品市场监测、储备投放和保供稳价工作。"));
        items.add(Item.of("政策文件", "达州市商务局关于印发《达州市2020年促进消费回补和潜力释放工作方案》的通知", d(2020, 4, 9), TRADE, "通知")
                .numbered("达市商务发〔2020〕21号", "提出促进消费回补、培育新型消费、优化消费环境的工作任务。"));
        items.add(Item.of("政策文件", "达州市商务局关于开展2020年“双品网购节”活动的通知", d(2020, 4, 24), TRADE, "通知")
                .numbered("达市商务发〔2020〕25号", "组织全市电子商务企业参加2020年“双品网购节”，推动品牌消费、品质消费。"));
        items.add(Item.of("政策文件", "达州市商务局关于组织企业参加第三届中国国际进口博览会的通知", d(2020, 8, 28), FOREIGN, "通知")
                .numbered("达市商务发〔2020〕42号", "组织全市企业报名参加第三届中国国际进口博览会并做好采购对接。"));
        // 工作动态 48: twelve monthly reports, thirty-six pieces of news
        for (int month = 1; month <= 12; month++) {
            String period = month == 1 ? "1月" : "1—" + month + "月";
            LocalDate published = month == 12
                    ? d(2020, 12, 28)
                    : d(2020, month, 1).plusMonths(1).plusDays(14);
            items.add(Item.of(
                    "工作动态", "2020年" + period + "全市商务经济运行情况" + (month == 12 ? "（快报）" : ""), published, TRADE, "其他"));
        }
        String[] news = {
            "市商务局召开2020年全市商务工作会议",
            "市商务局部署春节期间生活必需品市场供应工作",
            "市商务局开展春节前商贸企业安全生产检查",
            "市商务局组织重点商贸流通企业复工复产",
            "市商务局召开全市生活必需品保供稳价工作视频会",
            "市商务局走访外贸企业协调解决复工复产困难",
            "全市电子商务进农村综合示范工作推进会召开",
            "市商务局举办“达州造”产品网上直播带货活动",
            "市商务局开展“消费扶贫月”活动",
            "市商务局召开外贸稳增长工作座谈会",
            "市商务局组织企业参加第127届中国进出口商品交易会（线上）",
            "市商务局开展成品油市场专项检查",
            "市商务局开展单用途商业预付卡专项整治",
            "市商务局召开“万企出国门”活动动员会",
            "达州（川东北）农产品交易会筹备工作推进会召开",
            "市商务局组织开展夜间经济示范街区建设调研",
            "市商务局开展安全生产月活动",
            "市商务局召开“不忘初心、牢记使命”主题教育专题民主生活会",
            "市商务局组织收看全国商务系统安全生产视频会议",
            "市商务局开展汽车促消费专项活动",
            "市商务局举办全市商务系统统计业务培训班",
            "市商务局召开招商引资项目推进会",
            "市商务局到对口帮扶村开展脱贫攻坚走访",
            "市商务局开展再生资源回收行业安全检查",
            "市商务局组织参加中国（四川）国际商贸物流博览会",
            "市商务局召开全市商务系统党风廉政建设工作会议",
            "市商务局开展国庆中秋“双节”市场保供工作",
            "市商务局举办“金秋消费季”启动仪式",
            "市商务局组织企业参加第三届中国国际进口博览会",
            "市商务局开展政府信息公开工作专题培训",
            "市商务局召开县域商业体系建设工作会",
            "市商务局开展冬季商贸领域安全生产大检查",
            "市商务局召开“十四五”商务发展规划编制座谈会",
            "市商务局组织“双十二”网络促销活动",
            "市商务局召开2020年度目标考核自查工作会",
            "市商务局部署元旦春节期间市场供应工作",
        };
        for (int i = 0; i < news.length; i++) {
            // three a month, on the 6th, 16th and 24th
            LocalDate published = d(2020, 1 + i / 3, new int[] {6, 16, 24}[i % 3]);
            items.add(Item.of("工作动态", news[i], published, TRADE, "其他"));
        }
        // 财政 7
        items.add(Item.of("财政", "达州市商务局2020年部门预算", d(2020, 2, 17), FINANCE, "其他"));
        items.add(Item.of("财政", "达州市商务局2020年“三公”经费预算情况说明", d(2020, 2, 17), FINANCE, "其他"));
        items.add(Item.of("财政", "达州市商务局2019年部门决算", d(2020, 9, 9), FINANCE, "其他"));
        items.add(Item.of("财政", "达州市商务局2019年“三公”经费决算情况说明", d(2020, 9, 9), FINANCE, "其他"));
        items.add(Item.of("财政", "达州市商务局2020年政府采购意向公开", d(2020, 3, 30), FINANCE, "公告"));
        items.add(Item.of("财政", "2020年市级外经贸发展专项资金分配结果公示", d(2020, 7, 22), FINANCE, "公告"));
        items.add(Item.of("财政", "达州市商务局2019年度部门整体支出绩效自评报告", d(2020, 5, 26), FINANCE, "报告"));
        // 服务及其他 3
        items.add(Item.of("服务及其他", "达州市商务局政务服务事项目录", d(2020, 3, 12), GENERAL, "其他"));
        items.add(Item.of("服务及其他", "达州市商务局2020年“双随机、一公开”抽查事项清单", d(2020, 4, 14), TRADE, "公告"));
        items.add(Item.of("服务及其他", "达州市商务局2019年法治政府建设工作情况报告", d(2020, 3, 25), GENERAL, "报告"));
        return items;
    }

    static List<Item> commerceOtherYears() {
        List<Item> items = new ArrayList<>();
        // the agency's one 规范性文件, made and published in 2019, in force since (the seed's 对外公开总数量 1)
        items.add(Item.of("政策文件", "达州市商务局关于印发《达州市市级外经贸发展专项资金管理办法》的通知", d(2019, 6, 12), FOREIGN, "规范性文件")
                .numbered("达市商务规〔2019〕1号", "规定市级外经贸发展专项资金的支持范围、申报条件、审核程序和监督管理，自2019年7月15日起施行。"));
        // the 2020 annual report (条例第四十九条: by 31 January), its text read at demo load (DemoCatalog)
        items.add(Item.of(DefaultColumns.ANNUAL_REPORTS, ANNUAL_REPORT_2020, d(2021, 1, 28), GENERAL, "报告"));
        items.add(Item.of("工作动态", "市商务局召开2019年全市商务工作会议", d(2019, 2, 20), TRADE, "其他"));
        items.add(Item.of("财政", "达州市商务局2019年部门预算", d(2019, 2, 25), FINANCE, "其他"));
        items.add(Item.of("政策文件", "达州市商务局关于开展2019年“消费促进月”活动的通知", d(2019, 5, 8), TRADE, "通知")
                .numbered("达市商务发〔2019〕18号", "组织开展2019年“消费促进月”系列活动。"));
        items.add(Item.of("工作动态", "市商务局开展2019年国庆节市场保供检查", d(2019, 9, 26), TRADE, "其他"));
        for (int year = 2021; year <= 2026; year++) {
            items.add(Item.of("工作动态", "市商务局召开" + year + "年全市商务工作会议", d(year, 2, 23), TRADE, "其他"));
            items.add(Item.of("财政", "达州市商务局" + year + "年部门预算", d(year, 2, 26), FINANCE, "其他"));
            items.add(Item.of("政策文件", "达州市商务局关于开展" + year + "年“双品网购节”活动的通知", d(year, 4, 21), TRADE, "通知")
                    .numbered("达市商务发〔" + year + "〕" + (20 + year % 10) + "号", "组织全市电子商务企业参加" + year + "年“双品网购节”。"));
            items.add(Item.of("工作动态", year + "年上半年全市商务经济运行情况", d(year, 7, 20), TRADE, "其他"));
            items.add(Item.of("财政", "达州市商务局" + (year - 1) + "年部门决算", d(year, 9, 8), FINANCE, "其他"));
        }
        items.add(Item.of("工作动态", "市商务局开展2021年“诚信兴商宣传月”活动（初稿）", d(2021, 9, 14), TRADE, "其他")
                .withdrawn("误将初稿发布，已撤回。"));
        return items;
    }

    static List<Item> education() {
        List<Item> items = new ArrayList<>();
        for (int year = 2020; year <= 2025; year++) {
            items.add(Item.of("财政", "达州市教育局" + year + "年部门预算", d(year, 2, 24), FINANCE, "其他"));
            items.add(Item.of("工作动态", "市教育局部署" + year + "年秋季学期开学工作", d(year, 8, 25), EDUCATION, "其他"));
        }
        items.add(Item.of("政策文件", "达州市教育局关于做好2021年义务教育招生入学工作的通知", d(2021, 4, 28), EDUCATION, "通知")
                .numbered("达市教发〔2021〕16号", "明确2021年全市义务教育阶段学校招生范围、程序和时间安排。"));
        return items;
    }

    static List<Item> land() {
        List<Item> items = new ArrayList<>();
        items.add(Item.of("规划信息", "达州市国土空间总体规划（2021—2035年）草案公示", d(2022, 6, 10), LAND, "公告"));
        items.add(Item.of("行政许可", "2023年第二季度建设用地规划许可证核发情况", d(2023, 7, 12), LAND, "公告"));
        items.add(Item.of("工作动态", "市自然资源和规划局开展耕地保护专项督查", d(2024, 5, 16), LAND, "其他"));
        items.add(Item.of("财政", "达州市自然资源和规划局2025年部门预算", d(2025, 2, 26), FINANCE, "其他"));
        return items;
    }

    static List<Item> district() {
        List<Item> items = new ArrayList<>();
        items.add(Item.of("工作动态", "通川区召开2020年政务公开工作推进会", d(2020, 5, 19), GENERAL, "其他"));
        items.add(Item.of("政策文件", "达州市通川区人民政府办公室关于印发《通川区政务公开工作要点》的通知", d(2021, 6, 3), GENERAL, "通知")
                .numbered("通府办发〔2021〕12号", "部署2021年通川区政务公开重点工作。"));
        items.add(Item.of("财政", "达州市通川区2023年区级财政预算", d(2023, 2, 14), FINANCE, "其他"));
        items.add(Item.of("民生领域", "通川区2024年城乡居民基本医疗保险参保缴费公告", d(2024, 9, 2), GENERAL, "公告"));
        return items;
    }
}
