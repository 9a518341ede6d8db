package org.gongkai.app.agency.api;

import java.util.List;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.Permission;

/** The enabled people of an agency who may do something, for other modules (e.g. who may approve an extension). */
public interface StaffDirectory {
    /** The enabled people of {@code agency} holding a role that grants {@code permission}, by name. */
    List<StaffMember> peopleWhoMay(AgencyId agency, Permission permission);
}
