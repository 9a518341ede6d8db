/**
 * What the agency module offers other modules: its events (past tense, each kept by the record of
 * actions), the typed ids of departments, and the 统一社会信用代码 check ({@link
 * org.gongkai.app.agency.api.CreditCode}).
 */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.agency.api;
