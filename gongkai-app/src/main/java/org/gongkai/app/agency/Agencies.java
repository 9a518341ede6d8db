package org.gongkai.app.agency;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** All agencies and supervising offices. */
public interface Agencies extends ListCrudRepository<Agency, Long> {
    List<Agency> findBySupervisorIdOrderByName(Long supervisorId);

    boolean existsByName(String name);
}
