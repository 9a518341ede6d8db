package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 政府信息公开指南: the agency administrator edits it (own agency only), the portal shows what was
 * written and generates the rest, a refused field keeps what was typed, and the change is recorded.
 */
@IntegrationTest
class GuideIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PortalFixture f;

    @BeforeEach
    void agency() {
        f = new PortalFixture(context, "指南测试局");
    }

    @Test
    void theAdministratorWritesTheAddressAndHoursAndThePortalShowsThemWithTheRestGenerated() throws Exception {
        mvc.perform(get("/office/catalog/guide").with(user(f.admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("留空则自动生成")));
        mvc.perform(post("/office/catalog/guide")
                        .with(user(f.admin))
                        .with(csrf())
                        .param("address", "达州市通川区朝阳东路1号")
                        .param("officeHours", "工作日 9:00—17:00")
                        .param("phone", "0818-1234567")
                        .param("howToApply", "")
                        .param("fees", "")
                        .param("remedies", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/office/catalog/guide"));
        mvc.perform(get("/agencies/{a}/guide", f.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("达州市通川区朝阳东路1号")))
                .andExpect(content().string(containsString("工作日 9:00—17:00")))
                .andExpect(content().string(containsString("0818-1234567")))
                .andExpect(content().string(containsString("条例第二十七条")))
                .andExpect(content().string(containsString("条例第五十一条")))
                .andExpect(content().string(not(containsString("本机关尚未填写"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE action = 'GuideChanged' AND agency_id = :a")
                        .param("a", f.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void writtenTextReplacesTheGeneratedAndEmptyingItBringsItBack() throws Exception {
        save("本机关不收取任何费用。");
        mvc.perform(get("/agencies/{a}/guide", f.id()))
                .andExpect(content().string(containsString("本机关不收取任何费用。")))
                .andExpect(content().string(not(containsString("国办函〔2020〕109号"))));
        save("");
        mvc.perform(get("/agencies/{a}/guide", f.id())).andExpect(content().string(containsString("国办函〔2020〕109号")));
    }

    @Test
    void aRefusedFieldSaysWhyAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/office/catalog/guide")
                        .with(user(f.admin))
                        .with(csrf())
                        .param("address", "朝阳东路\u202E1号")
                        .param("officeHours", "周一至周五")
                        .param("fees", "费".repeat(GuideForm.MAX_TEXT + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"address-error\"")))
                .andExpect(content().string(containsString("不能超过2000个字")))
                .andExpect(content().string(containsString("value=\"周一至周五\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalog_guide WHERE agency_id = :a")
                        .param("a", f.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheAgencyAdministratorEditsItAndOnlyTheirOwnAgencysGuide() throws Exception {
        mvc.perform(get("/office/catalog/guide").with(user(f.office))).andExpect(status().isForbidden());
        mvc.perform(post("/office/catalog/guide")
                        .with(user(f.submitter))
                        .with(csrf())
                        .param("address", "冒名地址"))
                .andExpect(status().isForbidden());
        PortalFixture other = new PortalFixture(context, "指南他局");
        mvc.perform(post("/office/catalog/guide")
                        .with(user(other.admin))
                        .with(csrf())
                        .param("address", "他局地址"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agencies/{a}/guide", f.id()))
                .andExpect(content().string(not(containsString("冒名地址"))))
                .andExpect(content().string(not(containsString("他局地址"))));
        mvc.perform(get("/agencies/{a}/guide", other.id())).andExpect(content().string(containsString("他局地址")));
    }

    private void save(String fees) throws Exception {
        mvc.perform(post("/office/catalog/guide")
                        .with(user(f.admin))
                        .with(csrf())
                        .param("fees", fees))
                .andExpect(status().is3xxRedirection());
    }
}
