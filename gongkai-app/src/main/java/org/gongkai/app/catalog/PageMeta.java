package org.gongkai.app.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page metadata government sites emit (domain-spec §6.5, observed [R/T], following the 网页设计规范
 * of 《政府网站发展指引》): {@code <meta name="SiteName">} … {@code Url}. The shell writes each entry of the
 * model attribute {@code pageMeta} as one {@code <meta>} tag; empty values are left out.
 */
final class PageMeta {
    static final int DESCRIPTION_LENGTH = 120;

    private PageMeta() {}

    /** The site's and the column's metadata, for a column page. */
    static Map<String, String> of(PortalProperties portal, String siteName, CatalogColumn column, String description) {
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "SiteName", siteName);
        put(
                meta,
                "SiteDomain",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost());
        put(meta, "SiteIDCode", portal.siteIdCode());
        if (column != null) {
            put(meta, "ColumnName", column.name());
            put(meta, "ColumnDescription", description);
            put(meta, "ColumnKeywords", column.name());
            put(meta, "ColumnType", portal.columnType());
        }
        put(
                meta,
                "Url",
                ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString());
        return meta;
    }

    /** The metadata of an item's page: the column's, and the article's own. */
    static Map<String, String> of(
            PortalProperties portal,
            String siteName,
            CatalogColumn column,
            String columnDescription,
            CatalogItem item) {
        Map<String, String> meta = of(portal, siteName, column, columnDescription);
        String url = meta.remove("Url");
        put(meta, "ArticleTitle", item.title());
        put(
                meta,
                "PubDate",
                item.publishedOn() == null ? null : item.publishedOn().toString());
        put(meta, "ContentSource", item.publisher());
        put(meta, "Keywords", item.topic());
        put(meta, "Author", item.publisher());
        put(meta, "Description", item.summary() != null ? item.summary() : excerpt(item.body()));
        put(meta, "Url", url);
        return meta;
    }

    static String excerpt(String html) {
        String text = html == null ? "" : Jsoup.parse(html).text().strip();
        return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH) + "…";
    }

    private static void put(Map<String, String> meta, String name, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(name, value);
        }
    }
}
