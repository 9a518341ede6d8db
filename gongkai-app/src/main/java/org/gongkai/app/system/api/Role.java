package org.gongkai.app.system.api;

/**
 * What a person may do: a person holds one or more roles within their own agency (or supervising
 * office). The one place role names are written; what each role may do is {@link Permission}, and
 * its Chinese name is the message {@code role.<NAME>}.
 */
public enum Role {
    /** 供稿人: a department's submitter of items for publication. */
    SUBMITTER,
    /** 公开办: the disclosure office (政府信息公开工作机构, 条例第四条) — reviews items, handles requests. */
    DISCLOSURE_OFFICER,
    /** 保密审查: the confidentiality reviewer (条例第十七条). */
    CONFIDENTIALITY_REVIEWER,
    /** 审批领导: the leader who approves publication and extensions. */
    APPROVING_LEADER,
    /** 机关管理员: manages the agency's departments and people. */
    AGENCY_ADMIN,
    /** 主管部门工作人员: staff of the supervising office (政府信息公开工作主管部门), sees every agency under it. */
    SUPERVISOR,
    /** 平台管理员: runs the installation (holiday notices, agencies, the whole record of actions). */
    PLATFORM_ADMIN;

    /** The message key of the role's Chinese name. */
    public String messageKey() {
        return "role." + name();
    }
}
