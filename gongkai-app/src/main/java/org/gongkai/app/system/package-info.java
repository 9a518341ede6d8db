/**
 * The system (系统): what every module stands on — sign-in and its security rules, sessions on the
 * database, the record of actions (a listener of every {@link org.gongkai.app.system.api.RecordedAction}),
 * the job lock, the shell of every page and its error pages. Depends on no other module: the people
 * who sign in come from the agency module through Spring Security's {@code UserDetailsService} bean,
 * and the navigation and office notices through the beans modules offer ({@code system :: api}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "系统",
        allowedDependencies = {})
package org.gongkai.app.system;
