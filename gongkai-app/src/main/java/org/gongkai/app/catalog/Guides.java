package org.gongkai.app.catalog;

import org.springframework.data.repository.ListCrudRepository;

/** The agencies' guides, by agency id. */
interface Guides extends ListCrudRepository<Guide, Long> {}
