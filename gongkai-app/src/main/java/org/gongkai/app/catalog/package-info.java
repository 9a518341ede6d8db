/**
 * Proactive disclosure (主动公开, 条例第十九至二十六条): each agency's catalog (政府信息公开目录) — its column
 * tree, opened with the default columns of domain-spec §6.3 — its items with the metadata of the national
 * catalog model (§6.2), the 三审 chain from a submitter's draft to publication with a 索引号, withdrawal,
 * the 20-working-day rule of 条例第二十六条 on the platform calendar, and the public portal of each agency,
 * where only published items appear. Reads agencies through
 * {@code agency :: api}; offers its ids and events in {@code catalog :: api}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "公开目录",
        allowedDependencies = {"system :: api", "agency :: api", "calendar :: api"})
package org.gongkai.app.catalog;
