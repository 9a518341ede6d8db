package org.gongkai.app.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal of an agency (条例第二十三、二十四条), for anyone: its catalog by column, each column's
 * items as Chinese portals list them (索引号, 名称, 生成日期), paged, and an item's page with its metadata
 * table. Only published items appear; a withdrawn item's page says it was withdrawn, when and why (410),
 * and everything else — drafts, items under review, returned items — is not found.
 */
@Controller
@RequestMapping("/agencies/{agencyId}")
class PortalController {
    static final int PAGE_SIZE = 20;

    private final AgencyDirectory agencies;
    private final Catalogs catalogs;
    private final CatalogColumns columns;
    private final CatalogItems items;
    private final CatalogSearch search;

    PortalController(
            AgencyDirectory agencies,
            Catalogs catalogs,
            CatalogColumns columns,
            CatalogItems items,
            CatalogSearch search) {
        this.agencies = agencies;
        this.catalogs = catalogs;
        this.columns = columns;
        this.items = items;
        this.search = search;
    }

    /** Search of the agency's published items; an empty or over-long query shows the form with a hint. */
    @GetMapping("/search")
    String search(
            @PathVariable long agencyId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        agency(agencyId, model);
        String query = q.strip();
        model.addAttribute("q", query);
        if (query.length() > CatalogSearch.MAX_QUERY) {
            model.addAttribute("tooLong", CatalogSearch.MAX_QUERY);
        } else if (!query.isEmpty()) {
            model.addAttribute("results", search.search(agencyId, query, page));
        }
        return "catalog/portal-search";
    }

    @GetMapping
    String home(@PathVariable long agencyId, Model model) {
        AgencySummary agency = agency(agencyId, model);
        List<ColumnTree.Node> tree = catalogs.columns(agency.id());
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (ColumnTree.Node node : tree) {
            counts.put(node.id(), items.countByAgencyIdAndColumnIdAndState(agencyId, node.id(), ItemState.PUBLISHED));
        }
        model.addAttribute("columns", tree);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "latest", items.findTop10ByAgencyIdAndStateOrderByPublishedOnDescIdDesc(agencyId, ItemState.PUBLISHED));
        return "catalog/portal-home";
    }

    @GetMapping("/columns/{columnId}")
    String column(
            @PathVariable long agencyId,
            @PathVariable long columnId,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        agency(agencyId, model);
        CatalogColumn column = columns.findByIdAndAgencyId(columnId, agencyId).orElseThrow(NotFound::new);
        Page<CatalogItem> shown = items.findByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
                agencyId, columnId, ItemState.PUBLISHED, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
        model.addAttribute("column", column);
        model.addAttribute("page", shown);
        return "catalog/portal-column";
    }

    @GetMapping("/items/{itemId}")
    String item(@PathVariable long agencyId, @PathVariable long itemId, Model model, HttpServletResponse response) {
        agency(agencyId, model);
        CatalogItem item = items.findByIdAndAgencyId(itemId, agencyId)
                .filter(i -> i.state() == ItemState.PUBLISHED || i.state() == ItemState.WITHDRAWN)
                .orElseThrow(NotFound::new);
        if (item.state() == ItemState.WITHDRAWN) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        model.addAttribute("item", item);
        model.addAttribute("column", columns.findById(item.columnId()).orElseThrow());
        return "catalog/portal-item";
    }

    private AgencySummary agency(long agencyId, Model model) {
        AgencySummary agency = agencies.find(new AgencyId(agencyId)).orElseThrow(NotFound::new);
        model.addAttribute("agency", agency);
        return agency;
    }
}
