package org.gongkai.app.catalog;

import org.springframework.data.repository.ListCrudRepository;

/** The agencies' catalog settings, by agency id. */
interface AgencyCatalogs extends ListCrudRepository<AgencyCatalog, Long> {}
