package org.gongkai.app.appeal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a case may stay undecided before the office home reminds the disclosure office to look for its
 * decision ({@code gongkai.appeals.*}), counted from the filing date in calendar days (日, not 工作日).
 *
 * @param reconsiderationDays 行政复议法 (2023) 第六十二条: decided within 60 days of acceptance, extendable by at
 *     most 30 (90; acceptance itself may take a few days more, so this is a reminder, not a finding)
 * @param litigationMonths 行政诉讼法第八十一条: a first-instance judgment within six months of the case being
 *     filed (6; not in domain-spec: [U], kept configurable; appeals to a higher court take longer)
 */
@ConfigurationProperties("gongkai.appeals")
record AppealProperties(
        @DefaultValue("90") int reconsiderationDays,
        @DefaultValue("6") int litigationMonths) {}
