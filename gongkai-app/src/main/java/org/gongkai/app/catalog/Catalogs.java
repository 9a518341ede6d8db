package org.gongkai.app.catalog;

import java.util.List;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An agency's catalog settings and columns, its catalog opened first if it never was ({@link OpenCatalog}). */
@Component
class Catalogs {
    private final OpenCatalog openCatalog;
    private final AgencyCatalogs catalogs;
    private final CatalogColumns columns;

    Catalogs(OpenCatalog openCatalog, AgencyCatalogs catalogs, CatalogColumns columns) {
        this.openCatalog = openCatalog;
        this.catalogs = catalogs;
        this.columns = columns;
    }

    @Transactional
    AgencyCatalog of(AgencyId agency) {
        openCatalog.open(agency);
        return catalogs.findById(agency.value()).orElseThrow();
    }

    @Transactional
    List<ColumnTree.Node> columns(AgencyId agency) {
        openCatalog.open(agency);
        return ColumnTree.of(columns.findByAgencyIdOrderByPositionAscIdAsc(agency.value()));
    }
}
