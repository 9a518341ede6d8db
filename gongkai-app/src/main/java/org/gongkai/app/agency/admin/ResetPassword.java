package org.gongkai.app.agency.admin;

import java.util.Locale;
import org.gongkai.app.agency.People;
import org.gongkai.app.agency.Person;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator gives a person a new one-time password (shown once) which must be changed
 * at the next sign-in; a lock from failed sign-ins ends. Records {@code RESET_PASSWORD}.
 */
@Component
class ResetPassword {
    private final People people;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final ActionLog actions;
    private final MessageSource messages;

    ResetPassword(
            People people,
            PasswordEncoder encoder,
            InitialPasswords passwords,
            ActionLog actions,
            MessageSource messages) {
        this.people = people;
        this.encoder = encoder;
        this.passwords = passwords;
        this.actions = actions;
        this.messages = messages;
    }

    /**
     * @return the person and the one-time password to show once
     * @throws NotFound when the person is not of the administrator's agency
     */
    @Transactional
    CreatePerson.Created run(GongkaiUser admin, long personId) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        String password = passwords.next();
        person.resetPassword(encoder.encode(password));
        actions.record(
                "RESET_PASSWORD",
                "Person",
                person.id(),
                admin.agencyId(),
                messages.getMessage(
                        "action.person.passwordReset",
                        new Object[] {person.displayName(), person.username()},
                        Locale.SIMPLIFIED_CHINESE),
                null,
                "须修改密码",
                null);
        return new CreatePerson.Created(person, password);
    }
}
