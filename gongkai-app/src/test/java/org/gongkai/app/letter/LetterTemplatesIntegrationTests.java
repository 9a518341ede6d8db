package org.gongkai.app.letter;

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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An agency's letter templates at {@code /office/letters/templates}: listed with the default or the agency's own
 * version, edited by the agency administrator or the disclosure office, refused at the field in Chinese for an
 * unknown placeholder or a reply without the remedies (keeping what was entered), previewed as PDF, restored to
 * the default, and the 文号 template; each change in the record of actions; another agency neither sees nor
 * changes them.
 */
@IntegrationTest
class LetterTemplatesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LetterTemplates templates;

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser adminA;
    GongkaiUser officerA;
    GongkaiUser adminB;
    GongkaiUser submitterA;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("文书甲局");
        b = org.agency("文书乙局");
        adminA = org.person(a, "letter-admin-a", Role.AGENCY_ADMIN).principal();
        officerA = org.person(a, "letter-officer-a", Role.DISCLOSURE_OFFICER).principal();
        submitterA = org.person(a, "letter-submitter-a", Role.SUBMITTER).principal();
        adminB = org.person(b, "letter-admin-b", Role.AGENCY_ADMIN).principal();
    }

    @Test
    void theListShowsEveryKindWithItsDefaultTemplate() throws Exception {
        mvc.perform(get("/office/letters/templates").with(user(officerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受理回执")))
                .andExpect(content().string(containsString("答复书：不予处理（重复申请）")))
                .andExpect(content().string(containsString("政府信息公开申请补正告知书")))
                .andExpect(content().string(containsString("默认模板")))
                .andExpect(content().string(containsString("依申请公开〔{年}〕{号}号")));
        mvc.perform(get("/office/letters/templates").with(user(submitterA))).andExpect(status().isForbidden());
    }

    @Test
    void theDisclosureOfficeSavesItsOwnVersionAndTheRecordSaysSo() throws Exception {
        mvc.perform(post("/office/letters/templates/RECEIPT")
                        .with(user(officerA))
                        .with(csrf())
                        .param("headline", "文书甲局受理回执")
                        .param("body", "{申请人}：\r\n\r\n  本机关已于{收到日期}收到您的申请，受理编号{受理编号}。  \r\n"))
                .andExpect(redirectedUrl("/office/letters/templates/RECEIPT"));
        assertThat(templates.own(a.agencyId(), LetterKind.RECEIPT))
                .contains(new LetterTemplate("文书甲局受理回执", "{申请人}：\n本机关已于{收到日期}收到您的申请，受理编号{受理编号}。"));
        mvc.perform(get("/office/letters/templates/RECEIPT").with(user(adminA)))
                .andExpect(content().string(containsString("本机关已修改此模板")))
                .andExpect(content().string(containsString("文书甲局受理回执")));
        assertThat(jdbc.sql("""
                                SELECT summary FROM action_record
                                WHERE action = 'LetterTemplateChanged' AND agency_id = :a""").param("a", a.id()).query(String.class).list()).containsExactly("修改文书模板“受理回执”");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAtTheFieldAndTheTextIsKept() throws Exception {
        mvc.perform(post("/office/letters/templates/GRANTED")
                        .with(user(adminA))
                        .with(csrf())
                        .param("headline", "答复书")
                        .param("body", "{申请人}：\n您于{申请日期}提出的申请予以公开。\n{救济途径}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("模板中有无法识别的占位符：{申请日期}")))
                .andExpect(content().string(containsString("您于{申请日期}提出的申请予以公开。")));
        assertThat(templates.own(a.agencyId(), LetterKind.GRANTED)).isEmpty();
    }

    @Test
    void aReplyWithoutTheRemediesIsRefused() throws Exception {
        mvc.perform(post("/office/letters/templates/WITHHELD")
                        .with(user(adminA))
                        .with(csrf())
                        .param("headline", "不予公开告知书")
                        .param("body", "{申请人}：\n不予公开。"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("答复类文书的正文须含“救济途径”占位符")));
        mvc.perform(post("/office/letters/templates/WITHHELD")
                        .with(user(adminA))
                        .with(csrf())
                        .param("headline", "")
                        .param("body", ""))
                .andExpect(content().string(containsString("请填写文书标题。")))
                .andExpect(content().string(containsString("请填写正文。")));
        assertThat(templates.own(a.agencyId(), LetterKind.WITHHELD)).isEmpty();
    }

    @Test
    void thePreviewIsAPdfOfTheTextAsEntered() throws Exception {
        byte[] pdf = mvc.perform(post("/office/letters/templates/EXTENSION_NOTICE/preview")
                        .with(user(officerA))
                        .with(csrf())
                        .param("headline", "预览的延期告知书")
                        .param("body", "{申请人}：\n答复期限延长{延长天数}个工作日，至{答复期限}。"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("预览的延期告知书")
                    .contains("张三：")
                    .contains("延长20个工作日")
                    .contains(a.name());
        }
        assertThat(templates.own(a.agencyId(), LetterKind.EXTENSION_NOTICE))
                .as("a preview saves nothing")
                .isEmpty();
        mvc.perform(post("/office/letters/templates/EXTENSION_NOTICE/preview")
                        .with(user(officerA))
                        .with(csrf())
                        .param("headline", "预览")
                        .param("body", "{不存在}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("模板中有无法识别的占位符：{不存在}")));
    }

    @Test
    void restoringTheDefaultRemovesTheOwnVersion() throws Exception {
        templates.save(
                a.agencyId(),
                LetterKind.FEE_NOTICE,
                new LetterTemplate("自拟收费通知", "{申请人}：\n请缴费{金额}元。"),
                null,
                java.time.OffsetDateTime.now());
        mvc.perform(post("/office/letters/templates/FEE_NOTICE/default")
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/office/letters/templates/FEE_NOTICE"));
        assertThat(templates.own(a.agencyId(), LetterKind.FEE_NOTICE)).isEmpty();
        assertThat(templates.of(a.agencyId(), LetterKind.FEE_NOTICE))
                .isEqualTo(DefaultTemplates.of(LetterKind.FEE_NOTICE));
        assertThat(jdbc.sql(
                                "SELECT summary FROM action_record WHERE action = 'LetterTemplateRestored' AND agency_id = :a")
                        .param("a", a.id())
                        .query(String.class)
                        .list())
                .containsExactly("文书模板“收费通知书”恢复为默认模板");
    }

    @Test
    void theNumberTemplateIsCheckedAndSaved() throws Exception {
        mvc.perform(post("/office/letters/numbering")
                        .with(user(adminA))
                        .with(csrf())
                        .param("numberTemplate", "甲公开〔{年}〕号"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文号规则须含“{年}”和“{号}”各一次")))
                .andExpect(content().string(containsString("甲公开〔{年}〕号")));
        mvc.perform(post("/office/letters/numbering")
                        .with(user(adminA))
                        .with(csrf())
                        .param("numberTemplate", "甲公开〔{年}〕{号}号"))
                .andExpect(redirectedUrl("/office/letters/templates"));
        assertThat(templates.numberTemplate(a.agencyId())).isEqualTo("甲公开〔{年}〕{号}号");
        assertThat(templates.numberTemplate(b.agencyId())).isEqualTo(DefaultTemplates.numberTemplate());
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM action_record WHERE action = 'LetterNumberingChanged' AND agency_id = :a")
                        .param("a", a.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void anotherAgencyNeitherSeesNorChangesTheTemplates() throws Exception {
        templates.save(
                a.agencyId(),
                LetterKind.RECEIPT,
                new LetterTemplate("甲局专用受理回执", "{申请人}：\n甲局已收到。"),
                null,
                java.time.OffsetDateTime.now());
        mvc.perform(get("/office/letters/templates").with(user(adminB)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲局专用受理回执"))));
        mvc.perform(get("/office/letters/templates/RECEIPT").with(user(adminB)))
                .andExpect(content().string(not(containsString("甲局已收到"))));
        mvc.perform(post("/office/letters/templates/RECEIPT")
                        .with(user(adminB))
                        .with(csrf())
                        .param("headline", "乙局受理回执")
                        .param("body", "{申请人}：\n乙局已收到。"))
                .andExpect(redirectedUrl("/office/letters/templates/RECEIPT"));
        mvc.perform(post("/office/letters/templates/RECEIPT/default")
                .with(user(adminB))
                .with(csrf()));
        assertThat(templates.own(a.agencyId(), LetterKind.RECEIPT))
                .contains(new LetterTemplate("甲局专用受理回执", "{申请人}：\n甲局已收到。"));
        assertThat(templates.own(b.agencyId(), LetterKind.RECEIPT)).isEmpty();
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        mvc.perform(get("/office/letters/templates/NO_SUCH_KIND").with(user(adminA)))
                .andExpect(status().isNotFound());
    }
}
