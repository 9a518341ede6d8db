package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.AccountLocked;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins and locks an account after {@link LockoutProperties#maxFailedAttempts()}
 * in a row, for {@link LockoutProperties#lockMinutes()}; a successful sign-in clears the count.
 * While locked, {@link PersonDetailsService} reports the account locked, so even the right password
 * is refused (with the same message as a wrong one).
 *
 * <p>An unknown username takes the same path as a wrong password: Spring Security hashes a dummy
 * password for it and publishes the same bad-credentials event, and the lookup here finds nobody.
 */
@Component
class LoginAttempts {
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final People people;
    private final ApplicationEventPublisher events;
    private final LockoutProperties settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    LoginAttempts(
            People people,
            ApplicationEventPublisher events,
            LockoutProperties settings,
            Clock clock,
            PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.people = people;
        this.events = events;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        safely(
                username,
                () -> people.findByUsername(username.strip()).ifPresent(person -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    OffsetDateTime until = now.plusMinutes(settings.lockMinutes());
                    if (person.loginFailed(settings.maxFailedAttempts(), until)) {
                        events.publishEvent(new AccountLocked(
                                Actor.system(),
                                now,
                                new AgencyId(person.agencyId()),
                                new PersonId(person.id()),
                                person.username(),
                                settings.maxFailedAttempts(),
                                until));
                    }
                }));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        safely(
                username,
                () -> people.findByUsername(username).ifPresent(person -> {
                    if (person.failedLogins() > 0 || person.lockedUntil() != null) {
                        person.loginSucceeded();
                    }
                }));
    }

    /** Counting must never break signing in: a concurrent change of the same person is logged, not thrown. */
    private void safely(String username, Runnable work) {
        try {
            tx.executeWithoutResult(status -> work.run());
        } catch (DataAccessException | jakarta.persistence.PersistenceException e) {
            log.warn("Could not count a sign-in attempt of {}: {}", username, e.toString());
        }
    }
}
