package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Attachments of catalog items: real PDF, DOCX and XLSX files made here, their type told by content, the
 * size limit, who downloads what, and the PDF's text found by search only once the item is published.
 */
@IntegrationTest
class AttachmentsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    CatalogColumns columns;

    @Autowired
    DraftItem draftItem;

    @Autowired
    SubmitItem submitItem;

    @Autowired
    PassItem passItem;

    @Autowired
    ItemAttachments attachments;

    @Autowired
    AttachmentFiles files;

    TestOrganisation.AgencyRef a;
    GongkaiUser submitter;
    GongkaiUser office;
    GongkaiUser secrets;
    GongkaiUser leader;
    GongkaiUser officeOfB;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("附件甲局");
        TestOrganisation.AgencyRef b = org.agency("附件乙局");
        submitter = org.person(a, "attach-submitter", Role.SUBMITTER).principal();
        office = org.person(a, "attach-office", Role.DISCLOSURE_OFFICER).principal();
        secrets = org.person(a, "attach-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(a, "attach-leader", Role.APPROVING_LEADER).principal();
        officeOfB = org.person(b, "attach-office-b", Role.DISCLOSURE_OFFICER).principal();
    }

    @Test
    void realPdfDocxAndXlsxAreKeptByHashWithTheirTextAndListed() throws Exception {
        long item = draft("防汛工作通知");
        upload(item, "防汛预案.pdf", pdf("Flood plan zephyrine levee"), "application/pdf")
                .andExpect(flash().attribute("attachmentAdded", "防汛预案.pdf"));
        upload(item, "值班表.docx", docx("值班安排表格"), "application/octet-stream")
                .andExpect(flash().attribute("attachmentAdded", "值班表.docx"));
        upload(item, "物资.xlsx", xlsx("沙袋储备数量"), "application/octet-stream")
                .andExpect(flash().attribute("attachmentAdded", "物资.xlsx"));

        List<ItemAttachment> kept = attachments.findByItemIdAndAgencyIdOrderByIdAsc(item, a.id());
        assertThat(kept)
                .extracting(ItemAttachment::mediaType)
                .containsExactly(AttachmentTypes.PDF, AttachmentTypes.DOCX, AttachmentTypes.XLSX);
        assertThat(kept.get(0).text()).contains("zephyrine");
        assertThat(kept.get(1).text()).contains("值班安排表格");
        assertThat(kept.get(2).text()).contains("沙袋储备数量");
        for (ItemAttachment attachment : kept) {
            assertThat(files.path(attachment.sha256())).exists().hasFileName(attachment.sha256());
            assertThat(Files.size(files.path(attachment.sha256()))).isEqualTo(attachment.size());
        }
        mvc.perform(get("/office/catalog/items/{id}", item).with(user(submitter)))
                .andExpect(content().string(containsString("防汛预案.pdf")))
                .andExpect(content().string(containsString("Word 文档")))
                .andExpect(content().string(containsString("Excel 表格")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE action = 'AttachmentAdded' AND subject_id = :i")
                        .param("i", Long.toString(item))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws Exception {
        long item = draft("附件类型检查");
        upload(item, "通知.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(), "application/pdf")
                .andExpect(flash().attribute("attachmentError", containsString("按文件内容识别")));
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(item, "报告.pdf", exe, "application/pdf")
                .andExpect(flash().attribute("attachmentError", containsString("按文件内容识别")));
        upload(item, "伪装.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), "x/y")
                .andExpect(flash().attribute("attachmentError", not(containsString("已上传"))));
        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(item, a.id()))
                .isEmpty();
    }

    @Test
    void anOverSizeFileIsRefusedAndSaysTheLimit() throws Exception {
        long item = draft("超大附件");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, big, 0, 100);
        upload(item, "大文件.pdf", big, "application/pdf")
                .andExpect(flash().attribute("attachmentError", "文件过大，附件不能超过 20 MB。"));
        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(item, a.id()))
                .isEmpty();
    }

    @Test
    void aDraftsAttachmentIsTheAuthorsUntilPublishedThenEveryones() throws Exception {
        long item = draft("年度预算公开");
        upload(item, "预算说明.pdf", pdf("Budget narrative quillwort"), "application/pdf");
        long id = attachments
                .findByItemIdAndAgencyIdOrderByIdAsc(item, a.id())
                .get(0)
                .id();
        String publicUrl = "/agencies/" + a.id() + "/items/" + item + "/attachments/" + id;
        String officeUrl = "/office/catalog/items/" + item + "/attachments/" + id;

        mvc.perform(get(officeUrl).with(user(submitter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(
                                "Content-Disposition",
                                allOf(
                                        startsWith("attachment;"),
                                        containsString("filename*=UTF-8''%E9%A2%84%E7%AE%97%E8%AF%B4%E6%98%8E.pdf"))));
        mvc.perform(get(publicUrl)).andExpect(status().isNotFound());
        mvc.perform(get(officeUrl).with(user(officeOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "quillwort"))
                .andExpect(content().string(containsString("共找到0条")));

        publish(item);

        mvc.perform(get(publicUrl))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")));
        mvc.perform(get(officeUrl).with(user(office))).andExpect(status().isOk());
        mvc.perform(get(officeUrl).with(user(officeOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/" + officeOfB.agencyId() + "/items/" + item + "/attachments/" + id))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{a}/items/{i}", a.id(), item))
                .andExpect(content().string(containsString(publicUrl)))
                .andExpect(content().string(containsString("预算说明.pdf")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "quillwort"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("/items/" + item + "\"")));
    }

    @Test
    void aDraftsAttachmentIsRemovedAPublishedOnesStay() throws Exception {
        long item = draft("可删附件");
        upload(item, "草稿附件.docx", docx("草稿里的附件"), "application/octet-stream");
        ItemAttachment attachment =
                attachments.findByItemIdAndAgencyIdOrderByIdAsc(item, a.id()).get(0);
        mvc.perform(post("/office/catalog/items/{i}/attachments/{id}/remove", item, attachment.id())
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("attachmentRemoved", true));
        assertThat(attachments.findById(attachment.id())).isEmpty();
        assertThat(files.path(attachment.sha256())).doesNotExist();

        long published = draft("不可删附件");
        upload(published, "公开附件.xlsx", xlsx("公开的表格"), "application/octet-stream");
        long kept = attachments
                .findByItemIdAndAgencyIdOrderByIdAsc(published, a.id())
                .get(0)
                .id();
        publish(published);
        mvc.perform(post("/office/catalog/items/{i}/attachments/{id}/remove", published, kept)
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(flash().attribute("refused", containsString("已发布")));
        upload(published, "再加.pdf", pdf("late"), "application/pdf")
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("refused", containsString("已发布")));
        assertThat(attachments.findByItemIdAndAgencyIdOrderByIdAsc(published, a.id()))
                .extracting(ItemAttachment::id)
                .containsExactly(kept);
    }

    private org.springframework.test.web.servlet.ResultActions upload(
            long item, String name, byte[] bytes, String declaredType) throws Exception {
        return mvc.perform(multipart("/office/catalog/items/{id}/attachments", item)
                        .file(new MockMultipartFile("file", name, declaredType, bytes))
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void publish(long item) {
        submitItem.run(submitter, item);
        passItem.run(office, item);
        passItem.run(secrets, item);
        passItem.run(leader, item);
    }

    private long draft(String title) {
        openCatalog.open(a.agencyId());
        ItemForm form = new ItemForm();
        form.setColumnId(columns.findByAgencyIdOrderByPositionAscIdAsc(a.id())
                .get(0)
                .id()
                .toString());
        form.setTitle(title);
        form.setPublisher(a.name());
        form.setFormedOn("2026-12-01");
        form.setBody("<p>正文</p>");
        return draftItem
                .run(submitter, form, new BeanPropertyBindingResult(form, "form"))
                .orElseThrow()
                .id();
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("表").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
    }
}
