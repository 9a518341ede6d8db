/** What the request module offers other modules: its events. */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.request.api;
