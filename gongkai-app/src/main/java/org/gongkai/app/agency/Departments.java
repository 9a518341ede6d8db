package org.gongkai.app.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Departments, always read within one agency. */
interface Departments extends ListCrudRepository<Department, Long> {
    List<Department> findByAgencyIdOrderByName(Long agencyId);

    Optional<Department> findByIdAndAgencyId(Long id, Long agencyId);

    List<Department> findByAgencyIdAndDisclosureOfficeTrue(Long agencyId);

    boolean existsByAgencyIdAndName(Long agencyId, String name);

    boolean existsByAgencyIdAndNameAndIdNot(Long agencyId, String name, Long id);
}
