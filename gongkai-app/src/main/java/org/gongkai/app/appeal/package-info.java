/**
 * Reconsideration and litigation (行政复议、行政诉讼, 条例第五十一条) against the agency about its disclosure
 * work: the disclosure office records each case and its result, and table 4 of the annual report (domain-spec
 * §2.5) is computed from them through gongkai-report's model and checked with its T4 rules. A case may name
 * a request of the same agency, read through the request module's api.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "复议和诉讼",
        allowedDependencies = {"system :: api", "request :: api", "agency :: api"})
package org.gongkai.app.appeal;
