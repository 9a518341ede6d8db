package org.gongkai.app.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** All agencies and supervising offices. */
interface Agencies extends ListCrudRepository<Agency, Long> {
    List<Agency> findBySupervisorIdOrderByName(Long supervisorId);

    List<Agency> findByKindOrderByName(AgencyKind kind);

    Optional<Agency> findByIdAndKind(Long id, AgencyKind kind);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByCreditCode(String creditCode);

    boolean existsByCreditCodeAndIdNot(String creditCode, Long id);
}
