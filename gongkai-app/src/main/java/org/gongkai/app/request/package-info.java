/**
 * Applications for disclosure (依申请公开, 条例第二十七—四十五条): the applicant's identity checks, the
 * information processing fee (信息处理费, 国办函〔2020〕109号) and, as the module grows, the request and
 * its statutory clock. Uses the working-day calendar and the platform's agencies through their api.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "依申请公开",
        allowedDependencies = {"system :: api", "calendar :: api", "agency :: api", "letter :: api"})
package org.gongkai.app.request;
