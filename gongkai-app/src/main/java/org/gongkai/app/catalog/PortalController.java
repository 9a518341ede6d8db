package org.gongkai.app.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal of an agency (条例第二十三、二十四条), for anyone: its home page with every column and
 * its newest items, its 政府信息公开指南, each column's items as Chinese portals list them (索引号, 名称,
 * 生成日期), paged, with an RSS feed ({@link FeedsController}), and an item's page with its metadata table
 * and the page metadata of domain-spec §6.5 ({@link PageMeta}). Only published items appear; a withdrawn
 * item's page says it was withdrawn, when and why (410), and everything else — drafts, items under
 * review, returned items — is not found.
 */
@Controller
@RequestMapping("/agencies/{agencyId}")
class PortalController {
    static final int PAGE_SIZE = 20;

    private final AgencyDirectory agencies;
    private final Catalogs catalogs;
    private final AgencyCatalogs agencyCatalogs;
    private final CatalogColumns columns;
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final ItemVersions versions;
    private final CatalogSearch search;
    private final Guides guides;
    private final PortalProperties portal;
    private final MessageSource messages;

    PortalController(
            AgencyDirectory agencies,
            Catalogs catalogs,
            AgencyCatalogs agencyCatalogs,
            CatalogColumns columns,
            CatalogItems items,
            ItemAttachments attachments,
            ItemVersions versions,
            CatalogSearch search,
            Guides guides,
            PortalProperties portal,
            MessageSource messages) {
        this.agencies = agencies;
        this.catalogs = catalogs;
        this.agencyCatalogs = agencyCatalogs;
        this.columns = columns;
        this.items = items;
        this.attachments = attachments;
        this.versions = versions;
        this.search = search;
        this.guides = guides;
        this.portal = portal;
        this.messages = messages;
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
        Map<Long, List<CatalogItem>> newest = new LinkedHashMap<>();
        for (ColumnTree.Node node : tree) {
            counts.put(node.id(), items.countByAgencyIdAndColumnIdAndState(agencyId, node.id(), ItemState.PUBLISHED));
            newest.put(
                    node.id(),
                    items.findTop5ByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
                            agencyId, node.id(), ItemState.PUBLISHED));
        }
        model.addAttribute("columns", tree);
        model.addAttribute(
                "annualReports",
                tree.stream()
                        .filter(n -> n.name().equals(DefaultColumns.ANNUAL_REPORTS))
                        .map(ColumnTree.Node::id)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("counts", counts);
        model.addAttribute("newest", newest);
        model.addAttribute(
                "total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("pageMeta", PageMeta.of(portal, siteName(agency), null, null));
        return "catalog/portal-home";
    }

    /** 政府信息公开指南 (条例第十二条): what the agency wrote, and for the rest what its data says. */
    @GetMapping("/guide")
    String guide(@PathVariable long agencyId, Model model) {
        AgencySummary agency = agency(agencyId, model);
        model.addAttribute("guide", guides.findById(agencyId).orElse(null));
        model.addAttribute("pageMeta", PageMeta.of(portal, siteName(agency), null, null));
        return "catalog/portal-guide";
    }

    @GetMapping("/columns/{columnId}")
    String column(
            @PathVariable long agencyId,
            @PathVariable long columnId,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AgencySummary agency = agency(agencyId, model);
        CatalogColumn column = columns.findByIdAndAgencyId(columnId, agencyId).orElseThrow(NotFound::new);
        Page<CatalogItem> shown = items.findByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
                agencyId, columnId, ItemState.PUBLISHED, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
        model.addAttribute("column", column);
        model.addAttribute("page", shown);
        model.addAttribute("pageMeta", PageMeta.of(portal, siteName(agency), column, columnDescription(column)));
        model.addAttribute("feedUrl", "/agencies/" + agencyId + "/columns/" + columnId + "/feed");
        return "catalog/portal-column";
    }

    @GetMapping("/items/{itemId}")
    String item(@PathVariable long agencyId, @PathVariable long itemId, Model model, HttpServletResponse response) {
        AgencySummary agency = agency(agencyId, model);
        CatalogItem item = items.findByIdAndAgencyId(itemId, agencyId)
                .filter(i -> i.state() == ItemState.PUBLISHED || i.state() == ItemState.WITHDRAWN)
                .orElseThrow(NotFound::new);
        if (item.state() == ItemState.WITHDRAWN) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        CatalogColumn column = columns.findById(item.columnId()).orElseThrow();
        model.addAttribute("item", item);
        model.addAttribute("column", column);
        model.addAttribute("attachments", attachments.findByItemIdAndAgencyIdOrderByIdAsc(item.id(), agencyId));
        if (item.state() == ItemState.PUBLISHED) {
            model.addAttribute(
                    "pageMeta", PageMeta.of(portal, siteName(agency), column, columnDescription(column), item));
            model.addAttribute("versions", versions.findByItemIdAndAgencyIdOrderByVersionNumberDesc(itemId, agencyId));
        }
        return "catalog/portal-item";
    }

    /**
     * A superseded version of a published item (更正前的版本), as the public saw it: marked as superseded,
     * linking the current one, and not for search engines (noindex). A withdrawn item's versions are gone
     * with it (404), like everything not published.
     */
    @GetMapping("/items/{itemId}/versions/{version}")
    String version(@PathVariable long agencyId, @PathVariable long itemId, @PathVariable int version, Model model) {
        agency(agencyId, model);
        CatalogItem item = items.findByIdAndAgencyId(itemId, agencyId)
                .filter(i -> i.state() == ItemState.PUBLISHED)
                .orElseThrow(NotFound::new);
        ItemVersion old = versions.findByItemIdAndAgencyIdAndVersionNumber(itemId, agencyId, version)
                .orElseThrow(NotFound::new);
        model.addAttribute("item", item);
        model.addAttribute("old", old);
        model.addAttribute(
                "oldColumn",
                columns.findById(old.columnId()).map(CatalogColumn::name).orElse(""));
        model.addAttribute("column", columns.findById(item.columnId()).orElseThrow());
        model.addAttribute("pageMeta", Map.of("robots", "noindex"));
        return "catalog/portal-version";
    }

    private AgencySummary agency(long agencyId, Model model) {
        AgencySummary agency = agencies.find(new AgencyId(agencyId)).orElseThrow(NotFound::new);
        model.addAttribute("agency", agency);
        // read only: a catalog not yet opened is no demo
        model.addAttribute(
                "demo",
                agencyCatalogs.findById(agencyId).map(AgencyCatalog::demo).orElse(false));
        return agency;
    }

    private String siteName(AgencySummary agency) {
        return messages.getMessage("portal.catalog.title", new Object[] {agency.name()}, Locale.SIMPLIFIED_CHINESE);
    }

    /** The item of 条例第二十条 the column serves, or its name. */
    String columnDescription(CatalogColumn column) {
        return column.articleItem() == null
                ? column.name()
                : messages.getMessage("article20." + column.articleItem(), null, Locale.SIMPLIFIED_CHINESE);
    }
}
