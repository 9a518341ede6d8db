package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Corrections (更正) of published items: drafted with a reason, taken through the whole 三审 chain while the
 * published version stays public, then published as a new version with the same 索引号; the old version is
 * kept, listed and readable on the portal (noindex), search finds only the corrected text, and the draft of a
 * correction is never public.
 */
@IntegrationTest
class CorrectionsIntegrationTests {
    /** The platform's clock (Asia/Shanghai): "today" as the application sees it, not the test JVM's zone. */
    @Autowired
    java.time.Clock clock;

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

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser submitter;
    GongkaiUser office;
    GongkaiUser secrets;
    GongkaiUser leader;
    GongkaiUser submitterOfB;
    CatalogColumn policies;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agencyWithCode("更正甲局", TestOrganisation.freshCreditCode());
        b = org.agency("更正乙局");
        submitter = org.person(a, "fix-submitter", Role.SUBMITTER).principal();
        office = org.person(a, "fix-office", Role.DISCLOSURE_OFFICER).principal();
        secrets = org.person(a, "fix-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(a, "fix-leader", Role.APPROVING_LEADER).principal();
        submitterOfB = org.person(b, "fix-submitter-b", Role.SUBMITTER).principal();
        openCatalog.open(a.agencyId());
        policies = columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()).stream()
                .filter(c -> c.name().equals("政策文件"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCorrectionPassesTheChainThenReplacesThePublishedVersionWhichIsKeptAsHistory() throws Exception {
        long id = publish("关于开展外贸企业培训的通知", "<p>培训地点为市政务服务中心三楼蝴蝶厅。</p>");
        String indexNumber = items.findById(id).orElseThrow().indexNumber();

        long correction = correct(submitter, id, "培训地点有误");
        assertThat(correction).isNotEqualTo(id);
        mvc.perform(post("/office/catalog/items/{id}/edit", correction)
                        .params(form("关于开展外贸企业培训的通知（更正）", "<p>培训地点为市会展中心二楼麒麟厅。</p>"))
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // 条例第二十六条: the changed information is due 20 working days after the change, not after 生成日期
        assertThat(items.findById(correction).orElseThrow().publishDeadline())
                .isAfter(LocalDate.now(clock).plusDays(20));
        mvc.perform(post("/office/catalog/items/{id}/submit", correction)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(flash().attribute("submitted", "办公室审核"));
        pass(office, correction).andExpect(flash().attribute("passed", "保密审查"));
        pass(secrets, correction).andExpect(flash().attribute("passed", "领导审批"));

        // until the last step the public sees the published version, and nothing of the correction
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id))
                .andExpect(content().string(containsString("蝴蝶厅")))
                .andExpect(content().string(not(containsString("麒麟厅"))))
                .andExpect(content().string(not(containsString("更正记录"))))
                .andExpect(content().string(not(containsString("本信息于"))));
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), correction)).andExpect(status().isNotFound());
        search("麒麟厅").andExpect(content().string(not(containsString("外贸企业培训"))));

        pass(leader, correction).andExpect(flash().attribute("corrected", true)).andExpect(status().is3xxRedirection());

        CatalogItem item = items.findById(id).orElseThrow();
        assertThat(item.versionNumber()).isEqualTo(2);
        assertThat(item.indexNumber()).isEqualTo(indexNumber);
        assertThat(item.title()).isEqualTo("关于开展外贸企业培训的通知（更正）");
        assertThat(item.correctedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(items.findById(correction)).isEmpty();

        String today =
                LocalDate.now(clock).getYear() + "年" + LocalDate.now(clock).getMonthValue() + "月"
                        + LocalDate.now(clock).getDayOfMonth() + "日";
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("麒麟厅")))
                .andExpect(content().string(not(containsString("蝴蝶厅"))))
                .andExpect(content().string(containsString("本信息于" + today + "更正")))
                .andExpect(content().string(containsString(indexNumber)))
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/items/" + id + "/versions/1")));
        mvc.perform(get("/agencies/{a}/items/{id}/versions/1", a.id(), id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("蝴蝶厅")))
                .andExpect(content().string(containsString("已于" + today + "被更正后的版本取代")))
                .andExpect(content().string(containsString("培训地点有误")))
                .andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex\">")))
                .andExpect(content().string(containsString(indexNumber)));
        mvc.perform(get("/agencies/{a}/items/{id}/versions/2", a.id(), id)).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{a}/items/{id}/versions/1", b.id(), id)).andExpect(status().isNotFound());

        search("麒麟厅").andExpect(content().string(containsString("外贸企业培训")));
        search("蝴蝶厅").andExpect(content().string(not(containsString("外贸企业培训"))));

        assertThat(actions(id)).endsWith("CorrectionDrafted", "ItemCorrected");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalog_item_version WHERE item_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCorrectionNeedsAReasonAndAPublishedItemAndThereIsOneAtATime() throws Exception {
        long id = publish("关于做好节日市场供应的通知", "<p>正文。</p>");
        mvc.perform(post("/office/catalog/items/{id}/correct", id)
                        .param("reason", "  ")
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("correctForm", "reason"))
                .andExpect(content().string(containsString("请填写")));
        long first = correct(submitter, id, "文号有误");
        assertThat(correct(submitter, id, "再次更正")).isEqualTo(first);
        // a correction is not itself corrected, nor is a draft
        mvc.perform(post("/office/catalog/items/{id}/correct", first)
                        .param("reason", "更正的更正")
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        // another agency's writer: not found
        mvc.perform(post("/office/catalog/items/{id}/correct", id)
                        .param("reason", "越权")
                        .with(user(submitterOfB))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // the draft of a correction is its author's: neither the portal nor the catalog's lists show it
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), first)).andExpect(status().isNotFound());
        mvc.perform(get("/api/agencies/{a}/items", a.id())).andExpect(content().string(containsString("\"total\":1")));
    }

    @Test
    void aReturnedCorrectionLeavesThePublishedVersionAsItWas() throws Exception {
        long id = publish("关于征集商贸企业名录的通知", "<p>截止日期为6月30日。</p>");
        long correction = correct(submitter, id, "截止日期有误");
        mvc.perform(post("/office/catalog/items/{id}/submit", correction)
                .with(user(submitter))
                .with(csrf()));
        mvc.perform(post("/office/catalog/items/{id}/return", correction)
                        .param("reason", "请核实日期")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(flash().attribute("returned", true));
        CatalogItem item = items.findById(id).orElseThrow();
        assertThat(item.versionNumber()).isEqualTo(1);
        assertThat(item.correctedOn()).isNull();
        mvc.perform(get("/agencies/{a}/items/{id}", a.id(), id))
                .andExpect(content().string(containsString("6月30日")))
                .andExpect(content().string(not(containsString("更正记录"))));
    }

    @Test
    void aCorrectionMayRemoveAnAttachmentAndAddAnother(
            @Autowired ItemAttachments attachments, @Autowired AttachmentFiles files) throws Exception {
        long id = draft("关于公布投诉电话的通知", "<p>投诉电话见附件。</p>");
        upload(id, "号码表.docx", AttachmentsIntegrationTests.docx("Old numbers zephyrine"));
        upload(id, "办理流程.docx", AttachmentsIntegrationTests.docx("Procedure larkspur"));
        chain(id);
        ItemAttachment wrong =
                attachments.findByItemIdAndAgencyIdOrderByIdAsc(id, a.id()).get(0);

        long correction = correct(submitter, id, "号码表有误");
        List<ItemAttachment> copied = attachments.findByItemIdAndAgencyIdOrderByIdAsc(correction, a.id());
        assertThat(copied).extracting(ItemAttachment::originalName).containsExactly("号码表.docx", "办理流程.docx");
        mvc.perform(post(
                                "/office/catalog/items/{i}/attachments/{at}/remove",
                                correction,
                                copied.get(0).id())
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        upload(correction, "号码表（更正）.docx", AttachmentsIntegrationTests.docx("New numbers quillwort"));
        mvc.perform(post("/office/catalog/items/{id}/submit", correction)
                .with(user(submitter))
                .with(csrf()));
        pass(office, correction);
        pass(secrets, correction);
        // until the last step the published item keeps its files, and its wrong one is still served
        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(id, a.id()))
                .extracting(ItemAttachment::originalName)
                .containsExactly("号码表.docx", "办理流程.docx");
        mvc.perform(get("/agencies/{a}/items/{i}/attachments/{at}", a.id(), id, wrong.id()))
                .andExpect(status().isOk());

        pass(leader, correction).andExpect(flash().attribute("corrected", true));

        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(id, a.id()))
                .extracting(ItemAttachment::originalName)
                .containsExactly("办理流程.docx", "号码表（更正）.docx");
        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(correction, a.id()))
                .isEmpty();
        mvc.perform(get("/agencies/{a}/items/{i}/attachments/{at}", a.id(), id, wrong.id()))
                .andExpect(status().isNotFound());
        assertThat(files.path(wrong.sha256())).doesNotExist();
        search("quillwort").andExpect(content().string(containsString("投诉电话")));
        search("larkspur").andExpect(content().string(containsString("投诉电话")));
        search("zephyrine").andExpect(content().string(not(containsString("投诉电话"))));
        // the superseded version names the files it had
        mvc.perform(get("/agencies/{a}/items/{id}/versions/1", a.id(), id))
                .andExpect(content().string(containsString("号码表.docx")));
    }

    private long draft(String title, String body) throws Exception {
        String location = mvc.perform(post("/office/catalog/items")
                        .params(form(title, body))
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void chain(long id) throws Exception {
        mvc.perform(post("/office/catalog/items/{id}/submit", id)
                .with(user(submitter))
                .with(csrf()));
        pass(office, id);
        pass(secrets, id);
        pass(leader, id).andExpect(flash().attribute("published", true));
    }

    private void upload(long item, String name, byte[] bytes) throws Exception {
        mvc.perform(multipart("/office/catalog/items/{id}/attachments", item)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("attachmentAdded"));
    }

    private long publish(String title, String body) throws Exception {
        long id = draft(title, body);
        chain(id);
        return id;
    }

    private long correct(GongkaiUser writer, long id, String reason) throws Exception {
        String location = mvc.perform(post("/office/catalog/items/{id}/correct", id)
                        .param("reason", reason)
                        .with(user(writer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).endsWith("/edit");
        String path = location.substring(0, location.length() - "/edit".length());
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private ResultActions pass(GongkaiUser reviewer, long id) throws Exception {
        return mvc.perform(
                post("/office/catalog/items/{id}/pass", id).with(user(reviewer)).with(csrf()));
    }

    private ResultActions search(String q) throws Exception {
        return mvc.perform(get("/agencies/{a}/search", a.id()).param("q", q)).andExpect(status().isOk());
    }

    private org.springframework.util.MultiValueMap<String, String> form(String title, String body) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("columnId", policies.id().toString());
        form.add("title", title);
        form.add("summary", "培训安排");
        form.add("publisher", "达州市商务局");
        form.add("formedOn", LocalDate.now(clock).minusDays(2).toString());
        form.add("documentNumber", "达市商务发〔2026〕9号");
        form.add("topic", "商贸、海关、旅游\\对外经贸合作");
        form.add("genre", "通知");
        form.add("validity", "IN_FORCE");
        form.add("validityChangedOn", "");
        form.add("disclosureMode", "PROACTIVE");
        form.add("body", body);
        return form;
    }

    private List<String> actions(long id) {
        return jdbc.sql("SELECT action FROM action_record WHERE subject_type = 'catalogItem' AND subject_id = :id"
                        + " ORDER BY id")
                .param("id", Long.toString(id))
                .query(String.class)
                .list();
    }
}
