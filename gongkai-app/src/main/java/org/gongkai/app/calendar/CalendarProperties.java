package org.gongkai.app.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module.
 *
 * <pre>
 * # how often a node checks whether another node loaded a holiday notice (the node that loads it reloads at once)
 * gongkai.calendar.refresh=30s
 * </pre>
 */
@ConfigurationProperties("gongkai.calendar")
record CalendarProperties(@DefaultValue("30s") Duration refresh) {}
