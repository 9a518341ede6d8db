/**
 * Agencies (机关), their departments (内设机构) and people, and signing in: the platform administrator adds
 * agencies and their first administrator, an agency administrator manages departments and people, a
 * person changes their own password. Other modules read agencies through {@code agency :: api}
 * ({@link org.gongkai.app.agency.api.AgencyDirectory}) and listen to its events; everything else here is
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "机关与人员", allowedDependencies = "system :: api")
package org.gongkai.app.agency;
