package org.gongkai.app.system;

import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL space, in one place (style.md habit 8). Each rule says why. Finer checks
 * (role within an agency, the agency of the data) are made by the feature's own code, always
 * against {@link GongkaiUser#agencyId()}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, MustChangePasswordFilter mustChangePassword) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // the public portal, its assets (vendored libraries included) and the login page: anyone
                        .requestMatchers(
                                "/",
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error")
                        .permitAll()
                        // each agency's public portal: anyone (published items only, CatalogItem's states)
                        .requestMatchers("/agencies/*", "/agencies/*/**")
                        .permitAll()
                        // an applicant's look-up of their request: anyone with its tracking number and access code
                        .requestMatchers("/track", "/track/letter", "/track/correction")
                        .permitAll()
                        // the public API: anyone (read-only published information)
                        .requestMatchers("/api/public/**")
                        .permitAll()
                        // the catalog's public side: search across agencies, the sitemap, the JSON API of
                        // published items (catalog: published items only)
                        .requestMatchers("/search", "/sitemap.xml", "/api/agencies/*/items")
                        .permitAll()
                        // load balancers' health probe
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // the supervising office's space: its staff and the platform administrator
                        .requestMatchers("/supervision", "/supervision/**")
                        .hasAnyRole(Permission.SUPERVISE.roleNames())
                        // platform administration (agencies, holiday notices)
                        .requestMatchers("/office/platform/**")
                        .hasAnyRole(Permission.ADMINISTER_PLATFORM.roleNames())
                        // an agency's departments and people: its administrator (the use cases scope to the agency)
                        .requestMatchers(
                                "/office/people", "/office/people/**", "/office/departments", "/office/departments/**")
                        .hasAnyRole(Permission.MANAGE_AGENCY.roleNames())
                        // applications for disclosure: the disclosure office (the use cases scope to the agency)
                        .requestMatchers("/office/requests", "/office/requests/**")
                        .hasAnyRole(Permission.HANDLE_REQUESTS.roleNames())
                        // reconsideration and litigation cases and table 4: the disclosure office (own agency)
                        .requestMatchers("/office/appeals", "/office/appeals/**")
                        .hasAnyRole(Permission.HANDLE_REQUESTS.roleNames())
                        // the record of actions: administrators, each within their scope (ActionRecordScope)
                        .requestMatchers("/office/actions", "/office/actions/**")
                        .hasAnyRole(Permission.READ_ACTION_RECORD.roleNames())
                        // the catalog's columns and settings: the agency administrator, within the agency
                        .requestMatchers(
                                "/office/catalog/columns", "/office/catalog/columns/**", "/office/catalog/settings")
                        .hasAnyRole(Permission.MANAGE_CATALOG.roleNames())
                        // the agency's 政府信息公开指南: the agency administrator, within the agency
                        .requestMatchers("/office/catalog/guide")
                        .hasAnyRole(Permission.MANAGE_CATALOG.roleNames())
                        // writing and submitting items (供稿): submitters and the disclosure office; only the
                        // author changes or submits an item (CatalogItem)
                        .requestMatchers(HttpMethod.POST, "/office/catalog/items")
                        .hasAnyRole(Permission.WRITE_CATALOG_ITEMS.roleNames())
                        .requestMatchers(
                                "/office/catalog/items/new",
                                "/office/catalog/items/*/edit",
                                "/office/catalog/items/*/submit")
                        .hasAnyRole(Permission.WRITE_CATALOG_ITEMS.roleNames())
                        // attaching files to an item and removing them: its author (AddAttachment, RemoveAttachment)
                        .requestMatchers(HttpMethod.POST, "/office/catalog/items/*/attachments")
                        .hasAnyRole(Permission.WRITE_CATALOG_ITEMS.roleNames())
                        .requestMatchers("/office/catalog/items/*/attachments/*/remove")
                        .hasAnyRole(Permission.WRITE_CATALOG_ITEMS.roleNames())
                        // passing or returning an item: the reviewers of the 三审 chain, each only at their step
                        .requestMatchers("/office/catalog/items/*/pass", "/office/catalog/items/*/return")
                        .hasAnyRole(Permission.REVIEW_IN_CHAIN.roleNames())
                        // withdrawing a published item: the disclosure office
                        .requestMatchers("/office/catalog/items/*/withdraw")
                        .hasAnyRole(Permission.REVIEW_CATALOG_ITEMS.roleNames())
                        // starting a correction (更正) of a published item: submitters and the disclosure office
                        .requestMatchers("/office/catalog/items/*/correct")
                        .hasAnyRole(Permission.WRITE_CATALOG_ITEMS.roleNames())
                        // recording a 规范性文件 repealed or expired: the disclosure office
                        .requestMatchers("/office/catalog/items/*/validity")
                        .hasAnyRole(Permission.REVIEW_CATALOG_ITEMS.roleNames())
                        // the register of 规范性文件 (published ones): whoever uses the catalog
                        .requestMatchers("/office/catalog/register")
                        .hasAnyRole(Permission.USE_CATALOG.roleNames())
                        // the items themselves: whoever writes or reviews them (CatalogItem.visibleTo)
                        .requestMatchers("/office/catalog/items", "/office/catalog/items/**")
                        .hasAnyRole(Permission.USE_CATALOG.roleNames())
                        // letter templates and the 文号 template: the agency administrator and the disclosure
                        // office, within the agency; issued letters' files: the disclosure office
                        .requestMatchers(
                                "/office/letters/templates",
                                "/office/letters/templates/**",
                                "/office/letters/numbering")
                        .hasAnyRole(Permission.MANAGE_LETTER_TEMPLATES.roleNames())
                        .requestMatchers("/office/letters/*/pdf", "/office/letters/*/docx")
                        .hasAnyRole(Permission.HANDLE_REQUESTS.roleNames())
                        // agency staff: any signed-in person; each page checks role and agency
                        .requestMatchers("/office/**", "/api/**")
                        .authenticated()
                        // nothing else exists; refuse rather than expose by accident
                        .anyRequest()
                        .denyAll())
                // the API answers 401 to a caller without a session; pages send people to the login page
                .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/office", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // a new session id at login (session fixation), CSRF tokens on every state change (defaults kept)
                .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                // before the URL rules: a person with a one-time password is sent to change it, whatever they asked for
                .addFilterBefore(
                        mustChangePassword,
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /** Anonymous callers of the API get 401; anonymous visitors of a page are sent to the login page. */
    private static AuthenticationEntryPoint signInFirst() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) ->
                (api.matches(request) ? unauthorized : loginPage).commence(request, response, e);
    }

    /**
     * Signs people in against the person table. The account checks (locked, disabled) run only after
     * the password has been checked, so a locked account answers as slowly as any other and its
     * response does not tell that the account exists.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            ObjectProvider<UserDetailsService> people, PasswordEncoder encoder) {
        // the people come from the agency module (its UserDetailsService bean); a module tested without
        // it (an @ApplicationModuleTest of calendar) signs in nobody
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(people.getIfAvailable(() -> username -> {
            throw new UsernameNotFoundException("unknown");
        }));
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** bcrypt by default, behind the delegating encoder so hashes can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
