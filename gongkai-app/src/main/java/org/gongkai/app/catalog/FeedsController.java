package org.gongkai.app.catalog;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's machine-readable lists: an RSS 2.0 feed per column (its newest 20 published items) and a
 * sitemap (sitemaps.org 0.9) of every agency's portal and published items. Both are written by the
 * JDK's XML writer, so every title is escaped; neither ever lists an item that is not published.
 */
@Controller
class FeedsController {
    static final int FEED_SIZE = 20;
    /** The sitemaps.org limit of URLs per file. */
    static final int SITEMAP_LIMIT = 50_000;

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final AgencyDirectory agencies;
    private final CatalogColumns columns;
    private final CatalogItems items;
    private final MessageSource messages;
    private final ZoneId zone;

    FeedsController(
            AgencyDirectory agencies, CatalogColumns columns, CatalogItems items, MessageSource messages, Clock clock) {
        this.agencies = agencies;
        this.columns = columns;
        this.items = items;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping("/agencies/{agencyId}/columns/{columnId}/feed")
    ResponseEntity<String> feed(@PathVariable long agencyId, @PathVariable long columnId) throws XMLStreamException {
        AgencySummary agency = agencies.find(new AgencyId(agencyId)).orElseThrow(NotFound::new);
        CatalogColumn column = columns.findByIdAndAgencyId(columnId, agencyId).orElseThrow(NotFound::new);
        List<CatalogItem> newest = items.findTop20ByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
                agencyId, columnId, ItemState.PUBLISHED);
        String base = base();
        String columnUrl = base + "/agencies/" + agencyId + "/columns/" + columnId;
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(
                xml,
                "title",
                messages.getMessage(
                        "portal.column.title", new Object[] {column.name(), agency.name()}, Locale.SIMPLIFIED_CHINESE));
        element(xml, "link", columnUrl);
        element(
                xml,
                "description",
                messages.getMessage(
                        "portal.feed.description",
                        new Object[] {agency.name(), column.name()},
                        Locale.SIMPLIFIED_CHINESE));
        element(xml, "language", "zh-cn");
        if (!newest.isEmpty()) {
            element(xml, "lastBuildDate", rfc822(newest.get(0).publishedOn()));
        }
        for (CatalogItem item : newest) {
            String url = base + "/agencies/" + agencyId + "/items/" + item.id();
            xml.writeStartElement("item");
            element(xml, "title", item.title());
            element(xml, "link", url);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(url);
            xml.writeEndElement();
            element(xml, "description", item.summary() != null ? item.summary() : PageMeta.excerpt(item.body()));
            element(xml, "pubDate", rfc822(item.publishedOn()));
            element(xml, "category", column.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(RSS).body(out.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = base();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<AgencySummary> all = agencies.all();
        for (AgencySummary agency : all) {
            url(xml, base + "/agencies/" + agency.id().value(), null);
            url(xml, base + "/agencies/" + agency.id().value() + "/guide", null);
        }
        int room = Math.max(SITEMAP_LIMIT - 2 * all.size(), 0);
        if (room > 0) {
            for (CatalogItems.Published p : items.allPublished(PageRequest.of(0, room))) {
                url(xml, base + "/agencies/" + p.agencyId() + "/items/" + p.id(), p.publishedOn());
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String loc, LocalDate lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified.toString());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private String rfc822(LocalDate day) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(day.atStartOfDay(zone));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
