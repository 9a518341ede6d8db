package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.agency.api.DepartmentCreated;
import org.gongkai.app.agency.api.DepartmentId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of actions is a listener of the modules' events: an action is recorded when its use case
 * succeeds, never when it fails or rolls back, and an event whose recording failed is recorded when the
 * platform starts again (the event publication registry kept it).
 */
@IntegrationTest
class ActionRecorderIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    TestOrganisation.AgencyRef agency;
    GongkaiUser admin;

    @BeforeEach
    void anAgencyAndItsAdministrator() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("记录测试局");
        admin = org.person(agency, "recorder", Role.AGENCY_ADMIN).principal();
    }

    @Test
    void aUseCaseThatSucceedsIsRecordedOnceWithItsChineseSentence() throws Exception {
        mvc.perform(post("/office/departments").with(user(admin)).with(csrf()).param("name", "档案科"));

        assertThat(records("DepartmentCreated")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE agency_id = :a AND action = 'DepartmentCreated'")
                        .param("a", agency.id())
                        .query(String.class)
                        .single())
                .isEqualTo("新增内设机构“档案科”");
    }

    @Test
    void aUseCaseThatFailsIsNotRecorded() throws Exception {
        mvc.perform(post("/office/departments").with(user(admin)).with(csrf()).param("name", "  "));
        mvc.perform(post("/office/departments").with(user(admin)).with(csrf()).param("name", "办公室\u202Ecba"));

        assertThat(records("DepartmentCreated")).isZero();
    }

    @Test
    void aChangeThatRollsBackAfterPublishingIsNotRecorded() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    events.publishEvent(departmentCreated("回滚科"));
                    throw new IllegalStateException("the change fails after its event was published");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(records("DepartmentCreated")).isZero();
        assertThat(incompletePublications()).isZero();
    }

    @Test
    void anEventWhoseRecordingFailedIsRecordedWhenThePlatformStartsAgain() {
        // the record of actions cannot be written for a moment (its table is away)
        jdbc.sql("ALTER TABLE action_record RENAME TO action_record_away").update();
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(departmentCreated("断电科")));
        } finally {
            jdbc.sql("ALTER TABLE action_record_away RENAME TO action_record").update();
        }
        assertThat(records("DepartmentCreated")).isZero();
        assertThat(incompletePublications()).as("the registry kept the event").isEqualTo(1);

        // the platform starts again on the same database, and delivers what was left
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GongkaiApplication.class)
                .profiles(environment.getActiveProfiles())
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))
                .run()) {
            assertThat(records("DepartmentCreated")).isEqualTo(1);
            assertThat(incompletePublications()).as("nothing left to deliver").isZero();
        }
    }

    private DepartmentCreated departmentCreated(String name) {
        return new DepartmentCreated(
                Actor.of(admin), OffsetDateTime.now(), agency.agencyId(), new DepartmentId(-1), name);
    }

    private int records(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM action_record WHERE agency_id = :a AND action = :action")
                .param("a", agency.id())
                .param("action", action)
                .query(Integer.class)
                .single();
    }

    private int incompletePublications() {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :a")
                .param("a", "%" + admin.getUsername() + "%")
                .query(Integer.class)
                .single();
    }
}
