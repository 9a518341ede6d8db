/**
 * Supervision (监督): the supervising office (政府信息公开工作主管部门, 条例第三条) sees the agencies under it
 * — whether each has named its disclosure office and an administrator, and, as the other modules
 * arrive, its overdue requests, stale catalog columns and annual-report findings. Reads the agencies
 * through {@code agency :: api}; owns no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "监督",
        allowedDependencies = {"system :: api", "agency :: api"})
package org.gongkai.app.supervision;
