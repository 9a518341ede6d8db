package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.PasswordChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A signed-in person replaces their password (an initial or reset one must be replaced before
 * anything else). Checks the current password, the policy ({@link PasswordPolicy}), the confirmation
 * and that the new one differs; ends the must-change obligation. Publishes {@link PasswordChanged}: the person's
 * other sessions end, the one they changed it in stays.
 */
@Component
class ChangePassword {
    private final People people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ChangePassword(
            People people,
            PasswordEncoder encoder,
            PasswordProperties settings,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.policy = new PasswordPolicy(settings);
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** True when the password was changed; false with the reasons, in Chinese, at the fields. */
    @Transactional
    boolean run(GongkaiUser me, PasswordForm form, Errors errors) {
        Person person = people.findById(me.personId()).orElseThrow();
        if (form.getCurrentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "password.current.required");
        } else if (!encoder.matches(form.getCurrentPassword(), person.passwordHash())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
        String password = form.getNewPassword();
        if (password.isEmpty()) {
            errors.rejectValue("newPassword", "password.new.required");
        } else {
            for (PasswordPolicy.Violation v : policy.check(password, person.username())) {
                errors.rejectValue("newPassword", v.code(), v.args(), null);
            }
            if (!errors.hasFieldErrors("currentPassword")
                    && !errors.hasFieldErrors("newPassword")
                    && password.equals(form.getCurrentPassword())) {
                errors.rejectValue("newPassword", "password.policy.sameAsCurrent");
            }
        }
        if (!form.getConfirmation().equals(password)) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return false;
        }
        boolean initial = person.mustChangePassword();
        person.changePassword(encoder.encode(password), OffsetDateTime.now(clock));
        events.publishEvent(new PasswordChanged(
                Actor.of(me),
                OffsetDateTime.now(clock),
                me.agency(),
                new PersonId(person.id()),
                person.username(),
                person.displayName(),
                initial));
        return true;
    }
}
