package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.AgencyId;

/**
 * An agency as its supervising office sees it: who it is, and whether it is ready to work — a
 * disclosure office named (条例第四条), an administrator to manage its people.
 *
 * @param disclosureOffice the name of its disclosure office, or null when none is named
 */
public record AgencySummary(
        AgencyId id,
        String name,
        String creditCode,
        String supervisorName,
        int departments,
        int people,
        int administrators,
        String disclosureOffice) {}
