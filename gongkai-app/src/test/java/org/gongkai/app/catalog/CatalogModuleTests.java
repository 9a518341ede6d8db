package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.agency.api.AgencyCreated;
import org.gongkai.app.agency.api.AgencyDetails;
import org.gongkai.app.catalog.api.CatalogOpened;
import org.gongkai.app.catalog.api.ItemSubmitted;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The catalog module with the modules it depends on: a new agency's catalog opens on {@link AgencyCreated};
 * opening a catalog and submitting an item publish the events the record of actions keeps, with actor,
 * agency and subject. (ALL_DEPENDENCIES: with DIRECT_DEPENDENCIES the context lacked the system module's
 * {@code Clock} that agency's use cases need.)
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class CatalogModuleTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    DraftItem draftItem;

    @Autowired
    SubmitItem submitItem;

    @Autowired
    CatalogColumns columns;

    @Test
    void openingACatalogPublishesCatalogOpened(Scenario scenario) {
        TestOrganisation.AgencyRef agency = new TestOrganisation(context).agency("模块目录局");
        scenario.stimulate(() -> openCatalog.open(agency.agencyId()))
                .andWaitForEventOfType(CatalogOpened.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.columns()).isEqualTo(DefaultColumns.count());
                    assertThat(e.actor().isSystem()).isTrue();
                });
    }

    @Test
    void aNewAgencysCatalogOpensWhenTheAgencyIsCreated(Scenario scenario) {
        TestOrganisation.AgencyRef agency = new TestOrganisation(context).agency("模块新建局");
        scenario.publish(new AgencyCreated(
                        Actor.system(),
                        OffsetDateTime.now(),
                        agency.agencyId(),
                        new AgencyDetails(agency.name(), null, null, null)))
                .andWaitForEventOfType(CatalogOpened.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(
                        e -> assertThat(columns.countByAgencyId(agency.id())).isEqualTo(DefaultColumns.count()));
    }

    @Test
    void submittingAnItemPublishesItemSubmitted(Scenario scenario) {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("模块报送局");
        GongkaiUser author = org.person(agency, "module-author", Role.SUBMITTER).principal();
        openCatalog.open(agency.agencyId());
        ItemForm form = new ItemForm();
        form.setColumnId(columns.findByAgencyIdOrderByPositionAscIdAsc(agency.id())
                .get(0)
                .id()
                .toString());
        form.setTitle("模块测试信息");
        form.setPublisher("模块报送局");
        form.setFormedOn("2026-12-01");
        form.setBody("<p>正文</p>");
        long id = draftItem
                .run(author, form, new BeanPropertyBindingResult(form, "form"))
                .orElseThrow()
                .id();

        scenario.stimulate(() -> submitItem.run(author, id))
                .andWaitForEventOfType(ItemSubmitted.class)
                .matching(e -> e.item().value() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.firstStep()).isEqualTo(ReviewStep.OFFICE_REVIEW);
                    assertThat(e.actor().person()).isEqualTo(author.person());
                    assertThat(e.agency()).isEqualTo(agency.agencyId());
                    assertThat(e.summaryArguments()).containsExactly("模块测试信息");
                });
    }
}
