package org.gongkai.app.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tiers of the information processing fee (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号,
 * 第四条 按件, 第五条 按量), in yuan. The defaults are the national ones; a province that sets its own
 * changes them here ({@code gongkai.fees.*}). Open points of domain-spec §4.3 [U] stay configurable:
 * whether the monthly count is per applicant per agency ({@link #countPerAgency()}).
 *
 * @param freeCasesPerMonth 第四条（一）: up to this many cases in a natural month are free (10)
 * @param secondTierLastCase 第四条（二）: the cases after the free ones up to this one cost {@code secondTierPerCase} (30)
 * @param secondTierPerCase 100 元/件
 * @param casesPerStep 第四条（三）: beyond the second tier, every this many cases (10) …
 * @param stepIncrease … raise the fee per case by this much (100 元/件)
 * @param freePages 第五条（一）: up to this many pages are free (30)
 * @param pagesTier2Last 第五条（二）: pages after the free ones up to this one cost {@code pagesTier2PerPage} (100)
 * @param pagesTier2PerPage 10 元/页
 * @param pagesTier3Last 第五条（三）: up to this page (200)
 * @param pagesTier3PerPage 20 元/页
 * @param pagesAbovePerPage 第五条（四）: every page above, 40 元/页
 * @param countPerAgency whether an applicant's cases of the month are counted per agency (true) or across
 *     every agency of the platform (false) — the text says 同一申请人一个自然月内累计申请 without naming the scope
 */
@ConfigurationProperties("gongkai.fees")
record FeeSchedule(
        @DefaultValue("10") int freeCasesPerMonth,
        @DefaultValue("30") int secondTierLastCase,
        @DefaultValue("100") int secondTierPerCase,
        @DefaultValue("10") int casesPerStep,
        @DefaultValue("100") int stepIncrease,
        @DefaultValue("30") int freePages,
        @DefaultValue("100") int pagesTier2Last,
        @DefaultValue("10") int pagesTier2PerPage,
        @DefaultValue("200") int pagesTier3Last,
        @DefaultValue("20") int pagesTier3PerPage,
        @DefaultValue("40") int pagesAbovePerPage,
        @DefaultValue("true") boolean countPerAgency) {

    /** The national schedule of 国办函〔2020〕109号. */
    static FeeSchedule national() {
        return new FeeSchedule(10, 30, 100, 10, 100, 30, 100, 10, 200, 20, 40, true);
    }
}
