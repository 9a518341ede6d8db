package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.RecordedAction;

/**
 * An event of the agency module: the organisation (agencies, departments, people) changed. Each is
 * past tense, carries its actor and time, and is kept by the record of actions; those that end a
 * person's sessions are {@link SessionsEnding}.
 */
public sealed interface AgencyEvent extends RecordedAction
        permits AgencyCreated,
                AgencyChanged,
                AgencyAdministratorAppointed,
                DepartmentCreated,
                DepartmentRenamed,
                DisclosureOfficeMarked,
                PersonCreated,
                PersonChanged,
                PersonDisabled,
                PersonEnabled,
                PasswordReset,
                PasswordChanged,
                AccountLocked,
                DemoDataLoaded {}
