/**
 * What the catalog module offers other modules: the typed ids of columns and items, the steps of the
 * 三审 chain and the module's events (past tense, each kept by the record of actions).
 */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.catalog.api;
