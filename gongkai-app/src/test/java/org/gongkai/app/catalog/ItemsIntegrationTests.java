package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 三审 chain through the office's pages, and what the portal shows of it: a submitter drafts and
 * submits, the office, the confidentiality reviewer and the leader each pass at their step, the item is
 * published with its 索引号; a reviewer returns with a reason; the office withdraws with a reason. Drafts,
 * items under review and returned items never reach the portal; another agency never sees them.
 */
@IntegrationTest
class ItemsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogItems items;

    @Autowired
    CatalogColumns columns;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    String code;
    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser submitter;
    GongkaiUser otherSubmitter;
    GongkaiUser office;
    GongkaiUser secrets;
    GongkaiUser leader;
    GongkaiUser officeOfB;
    CatalogColumn policies;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        code = TestOrganisation.freshCreditCode();
        a = org.agencyWithCode("信息甲局", code);
        b = org.agency("信息乙局");
        submitter = org.person(a, "item-submitter", Role.SUBMITTER).principal();
        otherSubmitter = org.person(a, "item-other", Role.SUBMITTER).principal();
        office = org.person(a, "item-office", Role.DISCLOSURE_OFFICER).principal();
        secrets = org.person(a, "item-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(a, "item-leader", Role.APPROVING_LEADER).principal();
        officeOfB = org.person(b, "item-office-b", Role.DISCLOSURE_OFFICER).principal();
        openCatalog.open(a.agencyId());
        policies = columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()).stream()
                .filter(c -> c.name().equals("政策文件"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anItemPassesTheThreeReviewsAndIsPublishedWithItsIndexNumber() throws Exception {
        long id = draft("关于开展2026年外贸企业培训的通知");
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id)).andExpect(status().isNotFound());

        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("submitted", "办公室审核"));
        pass(office, id).andExpect(flash().attribute("passed", "保密审查"));
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id)).andExpect(status().isNotFound());
        pass(secrets, id).andExpect(flash().attribute("passed", "领导审批"));
        pass(leader, id).andExpect(flash().attribute("published", true));

        CatalogItem published = items.findById(id).orElseThrow();
        assertThat(published.state()).isEqualTo(ItemState.PUBLISHED);
        assertThat(published.indexNumber())
                .isEqualTo(code + "/" + LocalDate.now().getYear() + "-00001");
        assertThat(published.publishedOn()).isNotNull();

        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(published.indexNumber())))
                .andExpect(content().string(containsString("关于开展2026年外贸企业培训的通知")))
                .andExpect(content().string(containsString("达市商务发〔2026〕3号")))
                .andExpect(content().string(containsString("<p>请各企业<strong>按时</strong>参加。</p>")));
        mvc.perform(get("/agencies/{a}/columns/{c}", a.id(), policies.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(published.indexNumber())))
                .andExpect(content().string(containsString("共1条信息")));
        mvc.perform(get("/agencies/{a}", a.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于开展2026年外贸企业培训的通知")));

        assertThat(actions(id))
                .containsExactly(
                        "ItemDrafted",
                        "ItemSubmitted",
                        "ItemApproved",
                        "ItemApproved",
                        "ItemApproved",
                        "ItemPublished");
    }

    @Test
    void eachReviewerActsOnlyAtTheirStepAndNobodyPassesTheirOwnItem() throws Exception {
        long id = draft("审核环节测试");
        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                .with(user(submitter))
                .with(csrf()));
        pass(leader, id).andExpect(flash().attribute("refused", "这条信息当前为“待办公室审核”，不是您负责的审核环节。"));
        pass(secrets, id).andExpect(flash().attributeExists("refused"));
        mvc.perform(post("/office/catalog/items/{id}/pass", id)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(items.findById(id).orElseThrow().state()).isEqualTo(ItemState.OFFICE_REVIEW);

        GongkaiUser officeAuthor = new TestOrganisation(context)
                .person(a, "item-office-author", Role.DISCLOSURE_OFFICER, Role.SUBMITTER)
                .principal();
        long own = draft(officeAuthor, "公开办自己写的信息");
        mvc.perform(post("/office/catalog/items/{id}/submit", own)
                .with(user(officeAuthor))
                .with(csrf()));
        pass(officeAuthor, own).andExpect(flash().attribute("refused", "不能审核自己撰写或报送的信息（当前状态：待办公室审核）。"));
        assertThat(items.findById(own).orElseThrow().state()).isEqualTo(ItemState.OFFICE_REVIEW);
        mvc.perform(get("/office").with(user(office))).andExpect(content().string(containsString("有2条公开信息等待您审核。")));
        mvc.perform(get("/office").with(user(officeAuthor)))
                .andExpect(content().string(containsString("有1条公开信息等待您审核。")));
    }

    @Test
    void aReturnedItemShowsItsReasonToTheAuthorWhoChangesAndSubmitsItAgain() throws Exception {
        long id = draft("退回测试");
        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                .with(user(submitter))
                .with(csrf()));
        mvc.perform(post("/office/catalog/items/{id}/return", id)
                        .with(user(office))
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写理由。")));
        mvc.perform(post("/office/catalog/items/{id}/return", id)
                        .with(user(office))
                        .with(csrf())
                        .param("reason", "文号有误，请核对"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(id).orElseThrow().state()).isEqualTo(ItemState.RETURNED);
        mvc.perform(get("/office").with(user(submitter))).andExpect(content().string(containsString("您有1条公开信息被退回修改。")));
        mvc.perform(get("/office/catalog/items/{id}/edit", id).with(user(submitter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("退回理由：文号有误，请核对")))
                .andExpect(content().string(containsString("value=\"达市商务发〔2026〕3号\"")));
        mvc.perform(itemForm(post("/office/catalog/items/{id}/edit", id), "退回测试（已改）")
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(flash().attribute("submitted", "办公室审核"));
        assertThat(items.findById(id).orElseThrow().title()).isEqualTo("退回测试（已改）");
        assertThat(actions(id)).contains("ItemReturned", "ItemChanged");
        String reason = jdbc.sql("SELECT reason FROM action_record WHERE action = 'ItemReturned' AND subject_id = :id")
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
        assertThat(reason).isEqualTo("文号有误，请核对");
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id)).andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawnItemsPageSaysSoAndItsNumberIsNeverReused() throws Exception {
        long first = publish("将被撤回的信息");
        String number = items.findById(first).orElseThrow().indexNumber();
        mvc.perform(post("/office/catalog/items/{id}/withdraw", first)
                        .with(user(leader))
                        .with(csrf())
                        .param("reason", "领导不能撤回"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/office/catalog/items/{id}/withdraw", first)
                        .with(user(office))
                        .with(csrf())
                        .param("reason", "内容已被新文件替代"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("撤回理由：内容已被新文件替代")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("请各企业"))));
        mvc.perform(get("/agencies/{a}/columns/{c}", a.id(), policies.id()))
                .andExpect(content().string(not(containsString("将被撤回的信息"))));

        long second = publish("撤回后发布的信息");
        assertThat(items.findById(second).orElseThrow().indexNumber())
                .isEqualTo(code + "/" + LocalDate.now().getYear() + "-00002");
    }

    @Test
    void draftsAreSeenByTheirAuthorOnlyAndAnotherAgencyNeverSeesAnything() throws Exception {
        long id = draft("尚未报送的草稿");
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(submitter))).andExpect(status().isOk());
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(office))).andExpect(status().isNotFound());
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(otherSubmitter)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/office/catalog/items").with(user(office)))
                .andExpect(content().string(not(containsString("尚未报送的草稿"))));
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(officeOfB))).andExpect(status().isNotFound());
        mvc.perform(post("/office/catalog/items/{id}/pass", id)
                        .with(user(officeOfB))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id)).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{b}/items/{id}", b.id(), id)).andExpect(status().isNotFound());

        long published = publish("甲局已发布");
        mvc.perform(get("/agencies/{b}/items/{id}", b.id(), published)).andExpect(status().isNotFound());
        mvc.perform(get("/office/catalog/items/{id}", published).with(user(officeOfB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedDraftComesBackAsTypedWithChineseMessagesAtTheFields() throws Exception {
        mvc.perform(post("/office/catalog/items")
                        .with(user(submitter))
                        .with(csrf())
                        .param("columnId", "")
                        .param("title", "  ")
                        .param("publisher", "达州市商务局")
                        .param("formedOn", "2026年13月1日")
                        .param("documentNumber", "达市商务发〔2026〕9号")
                        .param("validity", "REPEALED")
                        .param("disclosureMode", "PROACTIVE")
                        .param("body", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本机关的栏目。")))
                .andExpect(content().string(containsString("请填写名称。")))
                .andExpect(content().string(containsString("“2026年13月1日”不是有效的日期")))
                .andExpect(content().string(containsString("有效性为失效或废止时，请填写失效或废止日期。")))
                .andExpect(content().string(containsString("请填写正文。")))
                .andExpect(content().string(containsString("value=\"达市商务发〔2026〕9号\"")))
                .andExpect(content().string(containsString("value=\"2026年13月1日\"")));
        assertThat(items.findTop100ByAgencyIdAndAuthorIdOrderByUpdatedAtDesc(a.id(), submitter.personId()))
                .isEmpty();
    }

    @Test
    void storedScriptInTitlesAndBodiesIsNeutralisedWhereverTheyAreShown() throws Exception {
        String title = "<script>alert('标题')</script>通知";
        long id = publish(
                title,
                "<p onmouseover=\"alert(1)\">正文</p><script>alert(2)</script>"
                        + "<a href=\"javascript:alert(3)\">链接</a>");
        CatalogItem item = items.findById(id).orElseThrow();
        assertThat(item.body()).doesNotContain("script", "onmouseover", "javascript");
        for (String page : List.of(
                "/agencies/" + a.id() + "/items/" + id,
                "/agencies/" + a.id() + "/columns/" + policies.id(),
                "/agencies/" + a.id())) {
            mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("onmouseover"))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(office)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    @Test
    void theOfficeSeesItemsPastTheTwentyWorkingDaysOfArticle26AndLatenessIsKept() throws Exception {
        LocalDate formed = LocalDate.now().minusDays(60);
        String location = mvc.perform(itemForm(post("/office/catalog/items"), "逾期测试信息", formed)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        LocalDate deadline = items.findById(id).orElseThrow().publishDeadline();
        assertThat(deadline)
                .isEqualTo(calendar.addWorkingDays(formed, 20).date())
                .isBefore(LocalDate.now());
        mvc.perform(get("/office/catalog/items").with(user(office)))
                .andExpect(content().string(not(containsString("逾期测试信息"))));

        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                .with(user(submitter))
                .with(csrf()));
        mvc.perform(get("/office").with(user(office))).andExpect(content().string(containsString("（已超期1条）")));
        mvc.perform(get("/office/catalog/items").with(user(office)))
                .andExpect(content().string(containsString("逾期测试信息")))
                .andExpect(content().string(containsString(deadline + "（已超期）")));
        mvc.perform(get("/office").with(user(secrets))).andExpect(content().string(not(containsString("已超期"))));

        pass(office, id);
        pass(secrets, id);
        pass(leader, id);
        assertThat(items.findById(id).orElseThrow().publishedLate()).isTrue();
        mvc.perform(get("/office/catalog/items/{id}", id).with(user(office)))
                .andExpect(content().string(containsString("逾期发布")));
        mvc.perform(get("/office").with(user(office))).andExpect(content().string(not(containsString("已超期"))));
        long onTime = publish("按期发布的信息");
        assertThat(items.findById(onTime).orElseThrow().publishedLate()).isFalse();
    }

    private org.springframework.test.web.servlet.ResultActions pass(GongkaiUser reviewer, long id) throws Exception {
        return mvc.perform(post("/office/catalog/items/{id}/pass", id)
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private long publish(String title) throws Exception {
        return publish(title, "<p>请各企业<strong>按时</strong>参加。</p>");
    }

    private long publish(String title, String body) throws Exception {
        long id = draft(submitter, title, body);
        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                .with(user(submitter))
                .with(csrf()));
        pass(office, id);
        pass(secrets, id);
        pass(leader, id).andExpect(flash().attribute("published", true));
        return id;
    }

    private long draft(String title) throws Exception {
        return draft(submitter, title);
    }

    private long draft(GongkaiUser author, String title) throws Exception {
        return draft(author, title, "<p>请各企业<strong>按时</strong>参加。</p>");
    }

    private long draft(GongkaiUser author, String title, String body) throws Exception {
        String location = mvc.perform(itemForm(post("/office/catalog/items"), title)
                        .param("body", body)
                        .with(user(author))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, String title) {
        return itemForm(request, title, LocalDate.now().minusDays(2));
    }

    private MockHttpServletRequestBuilder itemForm(
            MockHttpServletRequestBuilder request, String title, LocalDate formedOn) {
        return request.param("columnId", policies.id().toString())
                .param("title", title)
                .param("summary", "外贸企业培训安排")
                .param("publisher", "达州市商务局")
                .param("formedOn", formedOn.toString())
                .param("documentNumber", "达市商务发〔2026〕3号")
                .param("topic", "商贸、海关、旅游\\对外经贸合作")
                .param("genre", "通知")
                .param("validity", "IN_FORCE")
                .param("validityChangedOn", "")
                .param("disclosureMode", "PROACTIVE")
                .param("body", "<p>请各企业<strong>按时</strong>参加。</p>");
    }

    private List<String> actions(long id) {
        return jdbc.sql("SELECT action FROM action_record WHERE subject_type = 'catalogItem' AND subject_id = :id"
                        + " ORDER BY id")
                .param("id", Long.toString(id))
                .query(String.class)
                .list();
    }
}
