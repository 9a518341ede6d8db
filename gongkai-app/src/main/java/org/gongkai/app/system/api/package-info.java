/**
 * What the system offers every module: the signed-in person ({@link org.gongkai.app.system.api.GongkaiUser}),
 * {@link org.gongkai.app.system.api.Role} and {@link org.gongkai.app.system.api.Permission} (the one
 * permission check), the typed ids that cross modules, the {@link org.gongkai.app.system.api.RecordedAction}
 * contract of events and their {@link org.gongkai.app.system.api.Actor}, sessions, the job lock, plain-text
 * checks, and the shell's extension points (navigation entries, office notices).
 */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.system.api;
