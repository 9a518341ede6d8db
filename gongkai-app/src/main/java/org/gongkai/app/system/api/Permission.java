package org.gongkai.app.system.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role lets a person do: the one permission check, used by the URL rules
 * ({@code SecurityConfiguration}), by controllers and use cases ({@link GongkaiUser#may}) and by the
 * pages (navigation entries name the permission they need). A new module adds its permissions here.
 */
public enum Permission {
    /** Everyone signed in: the office home, their own account. */
    USE_OFFICE(EnumSet.allOf(Role.class)),
    /** The agency's departments and people, within the agency. */
    MANAGE_AGENCY(EnumSet.of(Role.AGENCY_ADMIN)),
    /** Applications for disclosure: register them, follow their clock, answer them (the disclosure office). */
    HANDLE_REQUESTS(EnumSet.of(Role.DISCLOSURE_OFFICER)),
    /** The record of actions, within the reader's scope (agency, supervised agencies, or all). */
    READ_ACTION_RECORD(EnumSet.of(Role.AGENCY_ADMIN, Role.SUPERVISOR, Role.PLATFORM_ADMIN)),
    /** The supervising office's view of the agencies under it. */
    SUPERVISE(EnumSet.of(Role.SUPERVISOR, Role.PLATFORM_ADMIN)),
    /** The installation: agencies, holiday notices. */
    ADMINISTER_PLATFORM(EnumSet.of(Role.PLATFORM_ADMIN)),
    /** The agency's catalog items: whoever writes, reviews or approves them (each acts only at their step). */
    USE_CATALOG(
            EnumSet.of(Role.SUBMITTER, Role.DISCLOSURE_OFFICER, Role.CONFIDENTIALITY_REVIEWER, Role.APPROVING_LEADER)),
    /** Write catalog items (供稿) and submit them into the 三审 chain. */
    WRITE_CATALOG_ITEMS(EnumSet.of(Role.SUBMITTER, Role.DISCLOSURE_OFFICER)),
    /** The chain's first step, the disclosure office's review (办公室审核); also withdraws published items. */
    REVIEW_CATALOG_ITEMS(EnumSet.of(Role.DISCLOSURE_OFFICER)),
    /** The chain's confidentiality review (保密审查, 条例第十七条). */
    REVIEW_CONFIDENTIALITY(EnumSet.of(Role.CONFIDENTIALITY_REVIEWER)),
    /** The chain's last step, the leader's approval (审批). */
    APPROVE_CATALOG_ITEMS(EnumSet.of(Role.APPROVING_LEADER)),
    /** Act at some step of the 三审 chain (pass or return an item): any of the three above. */
    REVIEW_IN_CHAIN(EnumSet.of(Role.DISCLOSURE_OFFICER, Role.CONFIDENTIALITY_REVIEWER, Role.APPROVING_LEADER)),
    /** The agency's catalog columns, its 索引号 template and which review steps apply. */
    MANAGE_CATALOG(EnumSet.of(Role.AGENCY_ADMIN)),
    /** The agency's letter templates and the template of its letters' 文号. */
    MANAGE_LETTER_TEMPLATES(EnumSet.of(Role.AGENCY_ADMIN, Role.DISCLOSURE_OFFICER)),
    /**
     * Approve extending a request's reply period (条例第三十三条: 政府信息公开工作机构负责人同意); the disclosure
     * office records the extension and names the approver.
     */
    APPROVE_EXTENSIONS(EnumSet.of(Role.APPROVING_LEADER));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    /** Whether a person holding {@code held} has this permission. */
    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The roles that grant it, as Spring Security role names (without the {@code ROLE_} prefix). */
    public String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
