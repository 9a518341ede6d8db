package org.gongkai.app.catalog.api;

import org.gongkai.app.system.api.AgencyId;

/**
 * An agency's 规范性文件 (or 规章: {@link NormativeDocuments#rules}) in one calendar year, as table 2's first block (条例第二十条第（一）项) counts them, for
 * both editions of the report format (domain-spec §2.3). Only published items count (a withdrawn item was
 * taken down, a correction in the chain is not public); 制发 is the 生成日期 (for 公文 the 签发日期, §6.2).
 *
 * @param issued 2021 本年制发件数 and 2019 本年新制作数量: 生成日期 in the year
 * @param published 2019 本年新公开数量: 发布日期 in the year
 * @param repealed 2021 本年废止件数: repealed (废止) or expired (失效) on a day of the year, so that 现行有效(N) =
 *     现行有效(N−1) + 制发 − 废止 (rule YOY.IN_FORCE) holds
 * @param inForce 2021 现行有效件数: formed by 12-31 and not repealed or expired by then
 * @param totalPublished 2019 对外公开总数量: published by 12-31, whatever their validity since (a repealed 规范性文件
 *     stays disclosed, marked 废止); this reading of the label is the project's [D]
 */
public record NormativeDocumentCount(
        AgencyId agency, int year, int issued, int published, int repealed, int inForce, int totalPublished) {}
