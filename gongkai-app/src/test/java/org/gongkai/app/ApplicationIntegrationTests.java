package org.gongkai.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The application starts on the database, migrates it, serves the portal and guards the office. */
@IntegrationTest
class ApplicationIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchema() {
        Integer tables = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN "
                        + "('agency', 'department', 'person', 'person_role', 'action_record', 'spring_session')")
                .query(Integer.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(tables).isEqualTo(6);
    }

    @Test
    void servesThePortalToAnyone() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("政府信息公开")));
    }

    @Test
    void sendsAnonymousVisitorsOfTheOfficeToTheLoginPage() throws Exception {
        mvc.perform(get("/office")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
