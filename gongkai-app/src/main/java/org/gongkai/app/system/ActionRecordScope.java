package org.gongkai.app.system;

import java.util.Optional;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;

/**
 * Whose records a person may read: the platform administrator all of them (including the platform's
 * own, which belong to no agency); supervising-office staff those of their office and of the
 * agencies under it; an agency administrator those of their agency. Nobody else reads the record.
 */
sealed interface ActionRecordScope {

    /** The SQL condition on {@code action_record r}; its parameter, if any, is {@code :scopeAgency}. */
    String condition();

    /** The agency the condition names, or null. */
    Long agencyId();

    static Optional<ActionRecordScope> of(GongkaiUser user) {
        if (user.has(Role.PLATFORM_ADMIN)) {
            return Optional.of(new Everything());
        }
        if (user.has(Role.SUPERVISOR)) {
            return Optional.of(new AgencyAndSupervised(user.agencyId()));
        }
        if (user.has(Role.AGENCY_ADMIN)) {
            return Optional.of(new OneAgency(user.agencyId()));
        }
        return Optional.empty();
    }

    record Everything() implements ActionRecordScope {
        @Override
        public String condition() {
            return "1 = 1";
        }

        @Override
        public Long agencyId() {
            return null;
        }
    }

    record AgencyAndSupervised(Long agencyId) implements ActionRecordScope {
        @Override
        public String condition() {
            return "(r.agency_id = :scopeAgency OR r.agency_id IN "
                    + "(SELECT s.id FROM agency s WHERE s.supervisor_id = :scopeAgency))";
        }
    }

    record OneAgency(Long agencyId) implements ActionRecordScope {
        @Override
        public String condition() {
            return "r.agency_id = :scopeAgency";
        }
    }
}
