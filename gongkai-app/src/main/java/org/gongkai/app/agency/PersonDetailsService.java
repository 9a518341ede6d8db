package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in from the {@code person} table: their agency, roles, lock and password state. */
@Service
class PersonDetailsService implements UserDetailsService {
    private final People people;
    private final Agencies agencies;
    private final Clock clock;

    PersonDetailsService(People people, Agencies agencies, Clock clock) {
        this.people = people;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person p = people.findByUsername(username.strip())
                // the message never reaches the user: a wrong login never says which half was wrong
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Agency agency = agencies.findById(p.agencyId()).orElseThrow();
        return new GongkaiUser(
                p.id(),
                p.agencyId(),
                agency.isSupervisingOffice(),
                p.username(),
                p.displayName(),
                p.passwordHash(),
                p.roles(),
                p.mustChangePassword(),
                p.isLockedAt(OffsetDateTime.now(clock)),
                p.enabled());
    }
}
