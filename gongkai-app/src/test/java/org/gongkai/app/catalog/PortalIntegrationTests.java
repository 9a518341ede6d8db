package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The public portal's endpoints, for anyone: the home page with each column's newest items, the guide,
 * a column's page and its RSS feed, an item's page with its metadata, the JSON API and the sitemap. A
 * draft, an item in review or a returned item never appears on any of them; a withdrawn item's page
 * still answers, saying so, but it is listed nowhere.
 */
@IntegrationTest
class PortalIntegrationTests {
    /** The platform's clock (Asia/Shanghai): "today" as the application sees it, not the test JVM's zone. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PortalFixture f;

    @BeforeEach
    void agency() {
        f = new PortalFixture(context, "门户测试局");
    }

    @Test
    void theHomePageListsTheColumnsWithTheirNewestItemsAndLinksTheGuide() throws Exception {
        long policy = f.publish("政策文件", "关于印发门户测试办法的通知", "<p>办法正文</p>");
        long news = f.publish("工作动态", "门户测试局召开工作会议", "<p>会议</p>");
        mvc.perform(get("/agencies/{a}", f.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/agencies/" + f.id() + "/items/" + policy + "\"")))
                .andExpect(content().string(containsString("/agencies/" + f.id() + "/items/" + news + "\"")))
                .andExpect(content().string(containsString("/agencies/" + f.id() + "/guide\"")))
                .andExpect(content().string(containsString("查看“工作动态”全部1条")))
                .andExpect(content().string(containsString("<meta name=\"SiteName\" content=\"" + f.agency.name())))
                .andExpect(content().string(not(containsString("演示数据"))));
    }

    @Test
    void theGuideIsGeneratedFromTheAgencysData() throws Exception {
        mvc.perform(get("/agencies/{a}/guide", f.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.agency.name() + "政府信息公开指南")))
                .andExpect(content().string(containsString("条例第二十七条")))
                .andExpect(content().string(containsString("国办函〔2020〕109号")))
                .andExpect(content().string(containsString("行政复议")))
                .andExpect(content().string(containsString("本机关尚未填写")));
    }

    @Test
    void aColumnIsPagedAndItsFeedIsValidRssOfTheNewestTwentyEscaped() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            ids.add(f.publish("工作动态", "第" + i + "条动态", "<p>正文" + i + "</p>"));
        }
        long tricky = f.publish("工作动态", "<script>alert(1)</script> & “引号” </title>", "<p>特殊字符</p>");
        long draft = f.draft("工作动态", "动态草稿不得出现", "<p>草稿</p>");
        long review = f.inReview("工作动态", "动态在审不得出现", "<p>在审</p>");
        long column = f.column("工作动态");

        mvc.perform(get("/agencies/{a}/columns/{c}", f.id(), column))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共23条信息")))
                .andExpect(content().string(containsString("第1页，共2页")))
                .andExpect(content().string(containsString("application/rss+xml")))
                .andExpect(content().string(not(containsString("动态草稿不得出现"))))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/agencies/{a}/columns/{c}", f.id(), column).param("page", "2"))
                .andExpect(content().string(containsString("第2页，共2页")))
                .andExpect(content().string(containsString("/items/" + ids.get(0) + "\"")));

        byte[] rss = mvc.perform(get("/agencies/{a}/columns/{c}/feed", f.id(), column))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/rss+xml")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Document feed =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(rss));
        assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(FeedsController.FEED_SIZE);
        List<String> links = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
            links.add(item.getElementsByTagName("link").item(0).getTextContent());
            titles.add(item.getElementsByTagName("title").item(0).getTextContent());
            assertThat(item.getElementsByTagName("pubDate").item(0).getTextContent())
                    .endsWith("+0800");
        }
        assertThat(titles).contains("<script>alert(1)</script> & “引号” </title>");
        assertThat(links).anyMatch(l -> l.endsWith("/agencies/" + f.id() + "/items/" + tricky));
        assertThat(links).noneMatch(l -> l.endsWith("/items/" + draft) || l.endsWith("/items/" + review));
        // the two oldest fall out of the newest twenty
        assertThat(links).noneMatch(l -> l.endsWith("/items/" + ids.get(0)));
        String text = new String(rss, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void anItemPageHasTheMetadataTableAndThePageMetadataOfGovernmentSites() throws Exception {
        long id = f.publish("政策文件", "关于元数据测试的通知", "<p>元数据正文</p>");
        mvc.perform(get("/agencies/{a}/items/{i}", f.id(), id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"ArticleTitle\" content=\"关于元数据测试的通知\">")))
                .andExpect(content().string(containsString("<meta name=\"PubDate\" content=\"" + LocalDate.now(clock))))
                .andExpect(content().string(containsString("<meta name=\"ColumnName\" content=\"政策文件\">")))
                .andExpect(
                        content().string(containsString("<meta name=\"ContentSource\" content=\"" + f.agency.name())))
                .andExpect(content().string(containsString("<meta name=\"Description\" content=\"内容概述：关于元数据测试的通知\">")))
                .andExpect(content()
                        .string(containsString("<meta name=\"Url\" content=\"http://localhost/agencies/" + f.id()
                                + "/items/" + id + "\">")))
                .andExpect(content().string(containsString("测试发〔2026〕1号")))
                .andExpect(content().string(containsString("索引号")));
    }

    @Test
    void aWithdrawnItemStillAnswersSayingSoButIsListedNowhere() throws Exception {
        long id = f.withdrawn("工作动态", "已撤回的动态信息", "<p>撤回</p>");
        mvc.perform(get("/agencies/{a}/items/{i}", f.id(), id))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("撤回")))
                .andExpect(content().string(containsString("内容有误")));
        mvc.perform(get("/agencies/{a}/columns/{c}/feed", f.id(), f.column("工作动态")))
                .andExpect(content().string(not(containsString("已撤回的动态信息"))));
        mvc.perform(get("/api/agencies/{a}/items", f.id()))
                .andExpect(content().string(not(containsString("已撤回的动态信息"))));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(not(containsString("/items/" + id + "<"))));
    }

    @Test
    void theJsonApiListsPublishedItemsWithTheirMetadataPagedAndFiltered() throws Exception {
        long policy = f.publish("政策文件", "接口测试政策文件", "<p>接口</p>");
        for (int i = 1; i <= 3; i++) {
            f.publish("工作动态", "接口测试动态" + i, "<p>动态</p>");
        }
        f.draft("政策文件", "接口草稿不得出现", "<p>草稿</p>");
        int year = LocalDate.now(clock).getYear();
        mvc.perform(get("/api/agencies/{a}/items", f.id()).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency.name").value(f.agency.name()))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/agencies/{a}/items", f.id())
                        .param("column", Long.toString(f.column("政策文件")))
                        .param("year", Integer.toString(year)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(policy))
                .andExpect(jsonPath("$.items[0].title").value("接口测试政策文件"))
                .andExpect(jsonPath("$.items[0].indexNumber").isNotEmpty())
                .andExpect(jsonPath("$.items[0].publisher").value(f.agency.name()))
                .andExpect(jsonPath("$.items[0].formedOn").value("2026-12-01"))
                .andExpect(jsonPath("$.items[0].documentNumber").value("测试发〔2026〕1号"))
                .andExpect(jsonPath("$.items[0].column.name").value("政策文件"))
                .andExpect(jsonPath("$.items[0].validity").value("IN_FORCE"))
                .andExpect(jsonPath("$.items[0].disclosureMode").value("PROACTIVE"))
                .andExpect(
                        jsonPath("$.items[0].url").value("http://localhost/agencies/" + f.id() + "/items/" + policy));
        mvc.perform(get("/api/agencies/{a}/items", f.id()).param("year", "2019"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/agencies/{a}/items", f.id()).param("size", "101")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/agencies/{a}/items", f.id()).param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/agencies/{a}/items", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void theSitemapIsValidXmlListingPublishedItems() throws Exception {
        long published = f.publish("工作动态", "站点地图已发布", "<p>地图</p>");
        long draft = f.draft("工作动态", "站点地图草稿", "<p>地图</p>");
        byte[] xml = mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("xml")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("/agencies/" + f.id() + "/items/" + published + "</loc>")
                .contains("/agencies/" + f.id() + "/guide</loc>")
                .doesNotContain("/items/" + draft + "</loc>");
    }

    @Test
    void aDraftAReviewedAndAReturnedItemNeverLeakThroughAnyPublicEndpoint() throws Exception {
        String word = "泄露检查" + org.gongkai.app.agency.TestOrganisation.unique();
        long draft = f.draft("政策文件", word + "草稿", "<p>" + word + "</p>");
        long review = f.inReview("政策文件", word + "在审", "<p>" + word + "</p>");
        long returned = f.inReview("政策文件", word + "退回", "<p>" + word + "</p>");
        ReasonForm reason = new ReasonForm();
        reason.setReason("重写");
        context.getBean(ReturnItem.class)
                .run(
                        f.office,
                        returned,
                        reason,
                        new org.springframework.validation.BeanPropertyBindingResult(reason, "r"));
        long column = f.column("政策文件");
        for (long id : List.of(draft, review, returned)) {
            mvc.perform(get("/agencies/{a}/items/{i}", f.id(), id)).andExpect(status().isNotFound());
        }
        List<String> urls = List.of(
                "/agencies/" + f.id(),
                "/agencies/" + f.id() + "/columns/" + column,
                "/agencies/" + f.id() + "/columns/" + column + "/feed",
                "/api/agencies/" + f.id() + "/items",
                "/api/agencies/" + f.id() + "/items?column=" + column,
                "/sitemap.xml",
                "/agencies/" + f.id() + "/search?q=" + word,
                "/search?q=" + word,
                "/search?agency=" + f.id());
        for (String url : urls) {
            String body = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(url).doesNotContain(word + "草稿", word + "在审", word + "退回");
            for (long id : List.of(draft, review, returned)) {
                assertThat(body).as(url).doesNotContain("/items/" + id + "\"", "/items/" + id + "<");
            }
        }
    }
}
