package org.gongkai.app.agency.admin;

import java.util.Locale;
import org.gongkai.app.agency.People;
import org.gongkai.app.agency.Person;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator disables a person's account (they can no longer sign in; their records
 * stay) or enables it again. Nobody disables their own account. Records {@code DISABLE_PERSON} or
 * {@code ENABLE_PERSON}.
 */
@Component
class EnablePerson {
    private final People people;
    private final ActionLog actions;
    private final MessageSource messages;

    EnablePerson(People people, ActionLog actions, MessageSource messages) {
        this.people = people;
        this.actions = actions;
        this.messages = messages;
    }

    /**
     * @return false when the administrator tried to disable themself (nothing changed)
     * @throws NotFound when the person is not of the administrator's agency
     */
    @Transactional
    boolean run(GongkaiUser admin, long personId, boolean enabled) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        if (!enabled && person.id() == admin.personId()) {
            return false;
        }
        if (person.enabled() == enabled) {
            return true;
        }
        person.enable(enabled);
        actions.record(
                enabled ? "ENABLE_PERSON" : "DISABLE_PERSON",
                "Person",
                person.id(),
                admin.agencyId(),
                messages.getMessage(
                        enabled ? "action.person.enabled" : "action.person.disabled",
                        new Object[] {person.displayName(), person.username()},
                        Locale.SIMPLIFIED_CHINESE),
                enabled ? "停用" : "启用",
                enabled ? "启用" : "停用",
                null);
        return true;
    }
}
