package org.gongkai.app.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across every agency's published items (条例第二十四条), for anyone: the words of the query,
 * narrowed by agency, column (by name: every agency's 政策文件), year of publication, 主题分类 and 有效性,
 * best match or newest first. With neither words nor a filter it shows only the form. An unknown
 * agency or column name finds nothing; a year out of range is ignored.
 */
@Controller
class SearchController {
    private final CatalogSearch search;
    private final AgencyDirectory agencies;
    private final CatalogColumns columns;
    private final CatalogItems items;

    SearchController(CatalogSearch search, AgencyDirectory agencies, CatalogColumns columns, CatalogItems items) {
        this.search = search;
        this.agencies = agencies;
        this.columns = columns;
        this.items = items;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long agency,
            @RequestParam(defaultValue = "") String column,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(required = false) Validity validity,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        String query = q.strip();
        List<AgencySummary> all = agencies.all();
        Map<Long, String> names =
                all.stream().collect(Collectors.toMap(a -> a.id().value(), AgencySummary::name, (x, y) -> x));
        model.addAttribute("q", query);
        model.addAttribute("agency", agency);
        model.addAttribute("column", column.strip());
        model.addAttribute("year", year);
        model.addAttribute("topic", topic.strip());
        model.addAttribute("validity", validity);
        model.addAttribute("byDate", "date".equals(sort));
        model.addAttribute("agencies", all);
        model.addAttribute("agencyNames", names);
        model.addAttribute("columnNames", columns.names());
        model.addAttribute(
                "years", items.publishedYears().stream().sorted((a, b) -> b - a).toList());
        model.addAttribute("topics", items.publishedTopics());
        model.addAttribute("validities", Validity.values());
        boolean filtered = agency != null || !column.isBlank() || year != null || !topic.isBlank() || validity != null;
        if (query.length() > CatalogSearch.MAX_QUERY) {
            model.addAttribute("tooLong", CatalogSearch.MAX_QUERY);
        } else if (!query.isEmpty() || filtered) {
            List<Long> columnIds = column.isBlank()
                    ? null
                    : columns.findByName(column.strip()).stream()
                            .map(CatalogColumn::id)
                            .toList();
            CatalogSearch.Filter filter = new CatalogSearch.Filter(
                    agency,
                    columnIds == null ? null : columnIds.isEmpty() ? List.of(-1L) : columnIds,
                    year == null || year < 1 || year > 9999 ? null : year,
                    topic.strip(),
                    validity,
                    "date".equals(sort));
            model.addAttribute("results", search.search(query, filter, page));
        }
        return "catalog/search";
    }
}
