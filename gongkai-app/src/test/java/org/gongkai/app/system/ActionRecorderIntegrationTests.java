package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
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
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of actions is a listener of the modules' events, writing in the change's own transaction: an
 * action is recorded when its use case succeeds, never when it fails or rolls back, and a change whose record
 * cannot be written does not happen.
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
    void aChangeWhoseRecordCannotBeWrittenDoesNotHappen() {
        // the record of actions cannot be written for a moment (its table is away)
        jdbc.sql("ALTER TABLE action_record RENAME TO action_record_away").update();
        try {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                        jdbc.sql("INSERT INTO department (agency_id, name, created_at) VALUES (:a, '断电科', :at)")
                                .param("a", agency.id())
                                .param("at", OffsetDateTime.now())
                                .update();
                        events.publishEvent(departmentCreated("断电科"));
                    }))
                    .as("the commit fails with the record");
        } finally {
            jdbc.sql("ALTER TABLE action_record_away RENAME TO action_record").update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM department WHERE agency_id = :a AND name = '断电科'")
                        .param("a", agency.id())
                        .query(Integer.class)
                        .single())
                .as("the department was not created without its record")
                .isZero();
        assertThat(records("DepartmentCreated")).isZero();
        assertThat(incompletePublications()).isZero();
    }

    @Test
    void anActionPublishedOutsideATransactionIsRecordedAtOnce() {
        events.publishEvent(departmentCreated("无事务科"));

        assertThat(records("DepartmentCreated")).isEqualTo(1);
    }

    @Test
    void theRecordIsWrittenInTheChangesTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(departmentCreated("同一事务科"));
            assertThat(records("DepartmentCreated"))
                    .as("not before the change commits")
                    .isZero();
        });
        assertThat(records("DepartmentCreated")).isEqualTo(1);
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
