/** What the calendar offers other modules: working-day arithmetic, its results, and the notice-loaded event. */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.calendar.api;
