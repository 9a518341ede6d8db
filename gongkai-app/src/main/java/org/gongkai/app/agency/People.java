package org.gongkai.app.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** People, always read within one agency — except by username, for signing in. */
interface People extends ListCrudRepository<Person, Long> {
    Optional<Person> findByUsername(String username);

    List<Person> findByAgencyIdOrderByUsername(Long agencyId);

    Optional<Person> findByIdAndAgencyId(Long id, Long agencyId);

    boolean existsByUsername(String username);
}
