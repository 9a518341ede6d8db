package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.agency.api.DemoDataLoaded;
import org.gongkai.app.catalog.api.DemoCatalogLoaded;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fills the demo agencies' catalogs with the invented items of {@link DemoItems} when the demo
 * organisation is loaded ({@link DemoDataLoaded}, {@code gongkai.demo.enabled=true}), and marks those
 * catalogs as demo data (the portal says so on each of their pages).
 *
 * <p>A faithful builder, not a back door: each item is drafted by the agency's submitter (its
 * administrator where it has none), submitted into the agency's chain and passed at each step by a holder
 * of that step's permission, through {@link CatalogItem}'s own state machine; its 索引号 comes from
 * {@link IndexNumbers} exactly as at publication, items taken in order of their publication day. Only the
 * dates are the demo's: an item is published on the day {@link DemoItems} gives, not today. Where a
 * demo agency has no person in a reviewing role, a stand-in principal (no person row, negative id)
 * passes that step; reviewers are not stored on items. Items dated after today are left out.
 */
@Component
class DemoCatalog {
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private final AgencyDirectory agencies;
    private final OpenCatalog openCatalog;
    private final Catalogs catalogs;
    private final CatalogColumns columns;
    private final CatalogItems items;
    private final IndexNumbers indexNumbers;
    private final PublishDeadlines deadlines;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCatalog(
            AgencyDirectory agencies,
            OpenCatalog openCatalog,
            Catalogs catalogs,
            CatalogColumns columns,
            CatalogItems items,
            IndexNumbers indexNumbers,
            PublishDeadlines deadlines,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agencies = agencies;
        this.openCatalog = openCatalog;
        this.catalogs = catalogs;
        this.columns = columns;
        this.items = items;
        this.indexNumbers = indexNumbers;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DemoDataLoaded loaded) {
        for (AgencySummary agency : agencies.supervisedBy(loaded.agency())) {
            load(agency);
        }
    }

    /** Loads the agency's demo items unless its catalog is already marked demo; how many were published. */
    @Transactional
    int load(AgencySummary agency) {
        openCatalog.open(agency.id());
        AgencyCatalog catalog = catalogs.of(agency.id());
        if (catalog.demo()) {
            return 0;
        }
        catalog.markDemo();
        List<DemoItems.Item> demo = DemoItems.of(agency.name()).stream()
                .filter(i -> !i.publishedOn().isAfter(LocalDate.now(clock)))
                .sorted(Comparator.comparing(DemoItems.Item::publishedOn))
                .toList();
        Map<String, Long> columnIds = new HashMap<>();
        columns.findByAgencyIdOrderByPositionAscIdAsc(agency.id().value())
                .forEach(c -> columnIds.putIfAbsent(c.name(), c.id()));
        GongkaiUser author = person(agency.id(), Role.SUBMITTER)
                .or(() -> person(agency.id(), Role.AGENCY_ADMIN))
                .orElseThrow(() -> new IllegalStateException("demo agency without people: " + agency.name()));
        Map<ReviewStep, GongkaiUser> reviewers = new HashMap<>();
        reviewers.put(ReviewStep.OFFICE_REVIEW, reviewer(agency.id(), Role.DISCLOSURE_OFFICER));
        reviewers.put(ReviewStep.CONFIDENTIALITY_REVIEW, reviewer(agency.id(), Role.CONFIDENTIALITY_REVIEWER));
        reviewers.put(ReviewStep.LEADER_APPROVAL, reviewer(agency.id(), Role.APPROVING_LEADER));
        int published = 0;
        for (DemoItems.Item d : demo) {
            Long columnId = columnIds.get(d.column());
            if (columnId == null) {
                continue;
            }
            publish(agency, catalog, columnId, d, author, reviewers);
            published++;
        }
        events.publishEvent(new DemoCatalogLoaded(
                Actor.system(), OffsetDateTime.now(clock), agency.id(), agency.name(), published));
        return published;
    }

    private void publish(
            AgencySummary agency,
            AgencyCatalog catalog,
            long columnId,
            DemoItems.Item d,
            GongkaiUser author,
            Map<ReviewStep, GongkaiUser> reviewers) {
        ItemContent content = new ItemContent(
                columnId,
                d.title(),
                d.summary(),
                agency.name(),
                d.formedOn(),
                d.documentNumber(),
                d.topic(),
                d.genre(),
                d.validity(),
                null,
                DisclosureMode.PROACTIVE,
                body(d));
        CatalogItem item = new CatalogItem(agency.id().value(), author.personId(), content, at(d.formedOn(), MORNING));
        item.scheduleBy(deadlines.of(d.formedOn()));
        item.submit(author, catalog.steps(), at(d.formedOn(), NOON));
        LocalDate day = d.publishedOn();
        ReviewStep step;
        while ((step = item.state().step()) != null) {
            item.pass(
                    reviewers.get(step),
                    day,
                    () -> indexNumbers.next(agency.id(), catalog.indexTemplate(), day),
                    at(day, MORNING));
        }
        if (d.withdrawalReason() != null) {
            item.withdraw(
                    reviewers.get(ReviewStep.OFFICE_REVIEW),
                    d.withdrawalReason(),
                    day.plusDays(1),
                    at(day.plusDays(1), MORNING));
        }
        items.save(item);
    }

    private static String body(DemoItems.Item d) {
        if (d.title().equals(DemoItems.ANNUAL_REPORT_2020)) {
            return DemoAnnualReport.body();
        }
        String summary = d.summary() == null ? "" : "<p>" + d.summary() + "</p>";
        return "<p>" + d.title() + "。</p>" + summary + "<p>（演示数据：本条信息为虚构，仅供试用本平台。）</p>";
    }

    private OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toOffsetDateTime();
    }

    /** A stand-in for the reviewer of the agency holding {@code role}, or one with no person behind it. */
    private GongkaiUser reviewer(AgencyId agency, Role role) {
        return person(agency, role).orElseGet(() -> principal(-1L - role.ordinal(), agency, role));
    }

    /**
     * The agency's first person holding {@code role}, as a principal. Read from the agency module's tables
     * because the agency API offers no people (demo loading only).
     */
    private Optional<GongkaiUser> person(AgencyId agency, Role role) {
        return jdbc
                .sql("""
                        SELECT p.id FROM person p JOIN person_role r ON r.person_id = p.id
                        WHERE p.agency_id = :agency AND r.role = :role ORDER BY p.id""")
                .param("agency", agency.value())
                .param("role", role.name())
                .query(Long.class)
                .list()
                .stream()
                .findFirst()
                .map(id -> principal(id, agency, role));
    }

    private static GongkaiUser principal(long personId, AgencyId agency, Role role) {
        return new GongkaiUser(
                personId,
                agency.value(),
                false,
                "demo-" + role.name(),
                role.name(),
                "",
                EnumSet.of(role),
                false,
                false,
                true);
    }
}
