package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The portal's search: Chinese words, Traditional folded to Simplified at index and query time,
 * highlights escaped; only the agency's published items are ever found.
 */
@IntegrationTest
class SearchIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    CatalogColumns columns;

    @Autowired
    DraftItem draftItem;

    @Autowired
    CatalogItems items;

    @Autowired
    SubmitItem submitItem;

    @Autowired
    PassItem passItem;

    @Autowired
    ReturnItem returnItem;

    @Autowired
    WithdrawItem withdrawItem;

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser submitter;
    GongkaiUser office;
    GongkaiUser secrets;
    GongkaiUser leader;
    GongkaiUser submitterOfB;
    GongkaiUser officeOfB;
    GongkaiUser secretsOfB;
    GongkaiUser leaderOfB;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("搜索甲局");
        b = org.agency("搜索乙局");
        submitter = org.person(a, "search-submitter", Role.SUBMITTER).principal();
        office = org.person(a, "search-office", Role.DISCLOSURE_OFFICER).principal();
        secrets = org.person(a, "search-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(a, "search-leader", Role.APPROVING_LEADER).principal();
        submitterOfB = org.person(b, "search-submitter-b", Role.SUBMITTER).principal();
        officeOfB = org.person(b, "search-office-b", Role.DISCLOSURE_OFFICER).principal();
        secretsOfB =
                org.person(b, "search-secrets-b", Role.CONFIDENTIALITY_REVIEWER).principal();
        leaderOfB = org.person(b, "search-leader-b", Role.APPROVING_LEADER).principal();
    }

    @Test
    void aTraditionalQueryFindsSimplifiedTextWithTheWordsMarked() throws Exception {
        long id = publish(a, submitter, "关于行政许可事项清单的公告", "<p>本局公布行政许可事项清单，请社会监督。</p>");
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "行政許可"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/items/" + id)))
                .andExpect(content().string(containsString("<mark>行政</mark>")))
                .andExpect(content().string(containsString("“行政許可”共找到1条公开信息。")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "许可 清单"))
                .andExpect(content().string(containsString("共找到1条")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "许可 预算"))
                .andExpect(content().string(containsString("共找到0条")));
    }

    @Test
    void taiwanPhrasingFindsTheMainlandsWordsInTheBody() throws Exception {
        publish(a, submitter, "工作动态", "<p>本局举办政府信息公开专题培训。</p>");
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "政府資訊公開"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("<mark>")));
    }

    @Test
    void onlyTheAgencysPublishedItemsAreEverFound() throws Exception {
        long draft = draft(a, submitter, "安全生产检查草稿", "<p>安全生产</p>");
        long review = draft(a, submitter, "安全生产检查在审", "<p>安全生产</p>");
        submitItem.run(submitter, review);
        long returned = draft(a, submitter, "安全生产检查退回", "<p>安全生产</p>");
        submitItem.run(submitter, returned);
        ReasonForm reason = new ReasonForm();
        reason.setReason("重写");
        returnItem.run(office, returned, reason, new BeanPropertyBindingResult(reason, "reason"));
        long withdrawn = publish(a, submitter, "安全生产检查撤回", "<p>安全生产</p>");
        withdrawItem.run(office, withdrawn, reason, new BeanPropertyBindingResult(reason, "reason"));
        long ofB = publish(b, submitterOfB, "安全生产检查乙局", "<p>安全生产</p>");
        long published = publish(a, submitter, "安全生产检查结果", "<p>安全生产</p>");

        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "安全生产"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("/items/" + published + "\"")))
                .andExpect(content().string(not(containsString("/items/" + draft + "\""))))
                .andExpect(content().string(not(containsString("/items/" + review + "\""))))
                .andExpect(content().string(not(containsString("/items/" + returned + "\""))))
                .andExpect(content().string(not(containsString("/items/" + withdrawn + "\""))))
                .andExpect(content().string(not(containsString("/items/" + ofB + "\""))));
        // not only filtered out: the index holds published items alone, and a withdrawn item has left it
        try (EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager()) {
            List<Long> indexed = Search.session(em)
                    .search(CatalogItem.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.id().matchingAny(List.of(draft, review, returned, withdrawn, ofB, published)))
                    .fetchHits(20);
            assertThat(indexed).containsExactlyInAnyOrder(ofB, published);
        }
        assertThat(context.getBean(SearchIndex.class).holdsOnlyPublished())
                .isEqualTo(context.getBean(SearchProperties.class).backend() == SearchProperties.Backend.LUCENE);
    }

    @Test
    void aHitShowsItsIndexNumberAndDatesFromTheIndex() throws Exception {
        long id = publish(a, submitter, "关于统计数据质量核查的通知", "<p>开展统计数据质量核查。</p>");
        CatalogItem item = items.findById(id).orElseThrow();
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "质量核查"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString(item.indexNumber())))
                .andExpect(content().string(containsString(item.formedOn().toString())));
        mvc.perform(get("/search").param("q", "质量核查"))
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/items/" + id + "\"")))
                .andExpect(content().string(containsString(item.publishedOn().toString())));
    }

    @Test
    void anIndexWrittenForAnOlderMappingIsRebuiltAtStart(
            @Autowired SearchIndex index, @Autowired SearchProperties search) throws Exception {
        long id = publish(a, submitter, "关于节能监察计划的公告", "<p>节能监察</p>");
        Path marker = search.indexDirectory().resolve(SearchIndex.MAPPING_FILE);
        if (search.backend() == SearchProperties.Backend.LUCENE) {
            String current = SearchIndex.MAPPING + " shards=" + search.shards();
            assertThat(marker).hasContent(current);
            // what an index of one part, or of more shards, left behind goes with the rebuild
            Path folder = search.indexDirectory().resolve(SearchIndex.INDEX_NAME);
            Path onePart = Files.writeString(folder.resolve("_0.cfs"), "old");
            Path extraShard = Files.createDirectories(folder.resolve("7"));
            Files.writeString(extraShard.resolve("_0.cfs"), "old");
            Files.writeString(marker, "2\n");
            index.rebuildWhenEmpty();
            assertThat(marker).hasContent(current);
            assertThat(onePart).doesNotExist();
            assertThat(extraShard).doesNotExist();
            assertThat(folder.resolve("0")).isDirectory();
        } else {
            // a cluster projects from the documents' source and checks its mapping itself: no file, no rebuild
            index.rebuildWhenEmpty();
            assertThat(marker).doesNotExist();
        }
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "节能监察"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("/items/" + id + "\"")));
    }

    @Test
    void storedScriptInAFoundTitleIsShownAsText() throws Exception {
        publish(a, submitter, "<script>alert('x')</script>价格监测通报", "<p>价格监测<b onclick=\"alert(1)\">情况</b></p>");
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "价格监测"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("onclick"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
    }

    long publish(TestOrganisation.AgencyRef agency, GongkaiUser author, String title, String body) {
        long id = draft(agency, author, title, body);
        submitItem.run(author, id);
        boolean ofA = agency.id() == a.id();
        passItem.run(ofA ? office : officeOfB, id);
        passItem.run(ofA ? secrets : secretsOfB, id);
        passItem.run(ofA ? leader : leaderOfB, id);
        return id;
    }

    private long draft(TestOrganisation.AgencyRef agency, GongkaiUser author, String title, String body) {
        openCatalog.open(agency.agencyId());
        ItemForm form = new ItemForm();
        form.setColumnId(columns.findByAgencyIdOrderByPositionAscIdAsc(agency.id())
                .get(0)
                .id()
                .toString());
        form.setTitle(title);
        form.setPublisher(agency.name());
        form.setFormedOn("2026-12-01");
        form.setBody(body);
        return draftItem
                .run(author, form, new BeanPropertyBindingResult(form, "form"))
                .orElseThrow()
                .id();
    }
}
