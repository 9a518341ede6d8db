package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalog as JSON, for anyone (README "The catalog's JSON API"): an agency's published items, newest
 * first, with the metadata of the national catalog model (domain-spec §6.2), paged ({@code page} from
 * 1, {@code size} 1–100), narrowed to a column and a year of publication. Nothing that is not published
 * is ever listed; an unknown agency or another agency's column is 404, a bad parameter 400.
 */
@RestController
class CatalogApiController {
    static final int MAX_SIZE = 100;

    private final AgencyDirectory agencies;
    private final CatalogColumns columns;
    private final CatalogItems items;

    CatalogApiController(AgencyDirectory agencies, CatalogColumns columns, CatalogItems items) {
        this.agencies = agencies;
        this.columns = columns;
        this.items = items;
    }

    /** A page of items. */
    record ItemsPage(Agency agency, int page, int size, long total, int pages, List<Item> items) {}

    record Agency(long id, String name) {}

    record Column(long id, String name) {}

    /** One item with its §6.2 metadata; dates ISO 8601, codes as in the glossary. */
    record Item(
            long id,
            String url,
            String indexNumber,
            String title,
            String summary,
            String publisher,
            LocalDate formedOn,
            LocalDate publishedOn,
            String documentNumber,
            String topic,
            String genre,
            Column column,
            Validity validity,
            LocalDate validityChangedOn,
            DisclosureMode disclosureMode) {}

    @GetMapping("/api/agencies/{agencyId}/items")
    ItemsPage items(
            @PathVariable long agencyId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) Long column,
            @RequestParam(required = false) Integer year) {
        if (page < 1 || size < 1 || size > MAX_SIZE || (year != null && (year < 1900 || year > 9999))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        AgencySummary agency = agencies.find(new AgencyId(agencyId)).orElseThrow(NotFound::new);
        if (column != null) {
            columns.findByIdAndAgencyId(column, agencyId).orElseThrow(NotFound::new);
        }
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate until = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        Page<CatalogItem> found = items.published(
                agencyId, column == null, column == null ? 0 : column, from, until, PageRequest.of(page - 1, size));
        Map<Long, String> columnNames = new HashMap<>();
        columns.findByAgencyIdOrderByPositionAscIdAsc(agencyId).forEach(c -> columnNames.put(c.id(), c.name()));
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<Item> list = found.getContent().stream()
                .map(i -> new Item(
                        i.id(),
                        base + "/agencies/" + agencyId + "/items/" + i.id(),
                        i.indexNumber(),
                        i.title(),
                        i.summary(),
                        i.publisher(),
                        i.formedOn(),
                        i.publishedOn(),
                        i.documentNumber(),
                        i.topic(),
                        i.genre(),
                        new Column(i.columnId(), columnNames.get(i.columnId())),
                        i.validity(),
                        i.validityChangedOn(),
                        i.disclosureMode()))
                .toList();
        return new ItemsPage(
                new Agency(agencyId, agency.name()), page, size, found.getTotalElements(), found.getTotalPages(), list);
    }
}
