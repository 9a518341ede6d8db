/** What the appeal module offers other modules: the kinds and results of a case, its events, and table 4. */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.appeal.api;
