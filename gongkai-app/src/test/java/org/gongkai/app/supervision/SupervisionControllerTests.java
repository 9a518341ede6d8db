package org.gongkai.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervision page alone (a controller slice): what it shows of the agencies the directory gives
 * it, and whose agencies it asks for. The directory is a fixed list here; {@code NavigationIntegrationTests}
 * and the authorisation matrix run the page on the real database.
 */
@WebMvcTest(SupervisionController.class)
class SupervisionControllerTests {
    static final AgencyId OFFICE = new AgencyId(7);

    @TestConfiguration
    static class Directory {
        @Bean
        AgencyDirectory directory() {
            return new AgencyDirectory() {
                @Override
                public List<AgencySummary> supervisedBy(AgencyId office) {
                    return office.equals(OFFICE)
                            ? List.of(
                                    new AgencySummary(
                                            new AgencyId(1), "达州市甲局", "11511700MB1A000282", "中心", 3, 5, 1, "办公室"),
                                    new AgencySummary(new AgencyId(2), "达州市乙局", null, "中心", 0, 0, 0, null))
                            : List.of();
                }

                @Override
                public List<AgencySummary> all() {
                    return List.of(new AgencySummary(new AgencyId(9), "全平台的丙局", null, null, 0, 0, 0, null));
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aSupervisorSeesTheAgenciesOfTheirOfficeAndWhatEachLacks() throws Exception {
        Document page = page(new GongkaiUser(
                1, OFFICE.value(), true, "jiandu", "赵监督", "", Set.of(Role.SUPERVISOR), false, false, true));

        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("tbody tr").get(0).text()).contains("达州市甲局", "办公室", "3", "5");
        assertThat(page.select("tbody tr").get(1).select("td.error")).hasSize(2);
        assertThat(page.select("p.error").text()).contains("1 个机关尚未设定");
        assertThat(page.text()).doesNotContain("全平台的丙局");
    }

    @Test
    void thePlatformAdministratorSeesEveryAgency() throws Exception {
        Document page = page(new GongkaiUser(
                2, OFFICE.value(), true, "pingtai", "钱平台", "", Set.of(Role.PLATFORM_ADMIN), false, false, true));

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.text()).contains("全平台的丙局").doesNotContain("达州市甲局");
    }

    private Document page(GongkaiUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/supervision").with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
