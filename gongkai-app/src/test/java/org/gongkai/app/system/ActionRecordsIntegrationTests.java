package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record of actions as administrators read it: each sees their scope only, newest first, 50 to
 * a page, filtered by date, action, actor and text, one record with its before and after, and the
 * same rows as an xlsx whose export is itself recorded. The organisation is written with SQL (the
 * system module knows no agency types): a supervising office with agencies A and B, and an agency C
 * under another office.
 */
@IntegrationTest
class ActionRecordsIntegrationTests {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String s;
    long office;
    long agencyA;
    long agencyB;
    long agencyC;
    long recordA;
    long recordC;

    @BeforeEach
    void anOrganisationWithRecords() {
        s = UUID.randomUUID().toString().substring(0, 8);
        office = agency("SUPERVISING_OFFICE", "记录测试主管" + s, null);
        agencyA = agency("AGENCY", "记录测试甲局" + s, office);
        agencyB = agency("AGENCY", "记录测试乙局" + s, office);
        long otherOffice = agency("SUPERVISING_OFFICE", "记录测试另一主管" + s, null);
        agencyC = agency("AGENCY", "记录测试丙局" + s, otherOffice);
        recordA = record(
                agencyA,
                at(2020, 12, 31, 14, 5),
                "张三" + s,
                "CREATE_DEPARTMENT",
                "甲局新建科室" + s,
                null,
                "{\"departmentName\":\"甲局办公室\"}",
                "机构调整");
        record(
                agencyA,
                at(2021, 1, 4, 9, 0),
                "李四" + s,
                "RENAME_DEPARTMENT",
                "甲局改名100%_" + s,
                "{\"departmentName\":\"甲局办公室\"}",
                "{\"departmentName\":\"甲局综合科\"}",
                null);
        record(agencyB, at(2021, 1, 5, 10, 0), "王五" + s, "CREATE_PERSON", "乙局新建人员" + s, null, null, null);
        record(office, at(2021, 1, 6, 11, 0), "赵六" + s, "CREATE_PERSON", "主管新建人员" + s, null, null, null);
        recordC = record(agencyC, at(2021, 1, 7, 12, 0), "钱七" + s, "CREATE_PERSON", "丙局新建人员" + s, null, null, null);
        record(null, at(2021, 1, 8, 13, 0), "系统", "LOAD_HOLIDAY_NOTICE", "平台载入放假通知" + s, null, null, null);
    }

    GongkaiUser person(long agency, boolean supervisingOffice, Role... roles) {
        return new GongkaiUser(
                -1, agency, supervisingOffice, "reader-" + s, "读者", "", Set.of(roles), false, false, true);
    }

    @Test
    void anAgencyAdministratorReadsTheirAgencyOnlyNewestFirst() throws Exception {
        List<ActionRecordController.Shown> rows = rows(list(person(agencyA, false, Role.AGENCY_ADMIN), "text", s));
        assertThat(rows).extracting(r -> r.row().summary()).containsExactly("甲局改名100%_" + s, "甲局新建科室" + s);
        ActionRecordController.Shown oldest = rows.get(1);
        assertThat(oldest.time()).isEqualTo("2020年12月31日 14:05");
        assertThat(oldest.row().agencyName()).isEqualTo("记录测试甲局" + s);
        assertThat(oldest.row().clientAddress()).isEqualTo("10.0.0.8");
    }

    @Test
    void aSupervisorReadsTheOfficeAndTheAgenciesUnderIt() throws Exception {
        assertThat(rows(list(person(office, true, Role.SUPERVISOR), "text", s)))
                .extracting(r -> r.row().summary())
                .containsExactlyInAnyOrder("甲局新建科室" + s, "甲局改名100%_" + s, "乙局新建人员" + s, "主管新建人员" + s);
    }

    @Test
    void thePlatformAdministratorReadsEverything() throws Exception {
        assertThat(rows(list(person(office, true, Role.PLATFORM_ADMIN), "text", s)))
                .extracting(r -> r.row().summary())
                .hasSize(6)
                .contains("丙局新建人员" + s, "平台载入放假通知" + s);
    }

    @Test
    void otherRolesReadNothing() throws Exception {
        for (Role role : List.of(
                Role.SUBMITTER, Role.DISCLOSURE_OFFICER, Role.CONFIDENTIALITY_REVIEWER, Role.APPROVING_LEADER)) {
            assertThat(mvc.perform(get("/office/actions").with(user(person(agencyA, false, role))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void filtersByDateActionActorAndText() throws Exception {
        GongkaiUser admin = person(office, true, Role.PLATFORM_ADMIN);
        assertThat(summaries(list(admin, "text", s, "from", "2021-01-05", "to", "2021-01-07")))
                .containsExactlyInAnyOrder("乙局新建人员" + s, "主管新建人员" + s, "丙局新建人员" + s);
        assertThat(summaries(list(admin, "text", s, "to", "2020-12-31"))).containsExactly("甲局新建科室" + s);
        assertThat(summaries(list(admin, "text", s, "action", "RENAME_DEPARTMENT")))
                .containsExactly("甲局改名100%_" + s);
        assertThat(summaries(list(admin, "actor", "王五" + s))).containsExactly("乙局新建人员" + s);
        // % and _ are found as themselves, not as wildcards
        assertThat(summaries(list(admin, "text", "100%_" + s))).containsExactly("甲局改名100%_" + s);
        // text is also found in the before and after states and the reason
        assertThat(summaries(list(admin, "text", "机构调整"))).contains("甲局新建科室" + s);
        assertThat(summaries(list(admin, "actor", "张三" + s, "text", "甲局综合科"))).isEmpty();
        assertThat(summaries(list(admin, "actor", "李四" + s, "text", "甲局综合科"))).containsExactly("甲局改名100%_" + s);
    }

    @Test
    void pagesFiftyRowsAtATime() throws Exception {
        long agency = agency("AGENCY", "记录测试分页局" + s, office);
        for (int i = 0; i < 120; i++) {
            record(agency, at(2022, 3, 1, 8, 0).plusMinutes(i), "分页" + s, "TEST", "第" + i + "条" + s, null, null, null);
        }
        GongkaiUser admin = person(agency, false, Role.AGENCY_ADMIN);
        MvcResult first = list(admin);
        assertThat(rows(first)).hasSize(50);
        assertThat(rows(first).get(0).row().summary()).isEqualTo("第119条" + s);
        // a code no module named reads as itself
        assertThat(rows(first).get(0).action()).isEqualTo("TEST");
        assertThat(first.getResponse().getContentAsString()).contains("共 120 条记录，第 1 / 3 页");
        MvcResult last = list(admin, "page", "3");
        assertThat(rows(last)).hasSize(20);
        assertThat(rows(last).get(19).row().summary()).isEqualTo("第0条" + s);
        assertThat(last.getModelAndView().getModel().get("previousUrl")).isEqualTo("/office/actions?page=2");
        assertThat(last.getModelAndView().getModel().get("nextUrl")).isNull();
    }

    @Test
    void showsOneRecordWithBeforeAndAfterWithinTheScopeOnly() throws Exception {
        GongkaiUser adminA = person(agencyA, false, Role.AGENCY_ADMIN);
        MockHttpServletResponse page = mvc.perform(
                        get("/office/actions/{id}", recordA).with(user(adminA)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("甲局新建科室" + s, "2020年12月31日 14:05", "机构调整", "内设机构名称：甲局办公室");

        assertThat(status(get("/office/actions/{id}", recordA).with(user(person(agencyB, false, Role.AGENCY_ADMIN)))))
                .isEqualTo(404);
        assertThat(status(get("/office/actions/{id}", recordC).with(user(person(office, true, Role.SUPERVISOR)))))
                .isEqualTo(404);
        assertThat(status(get("/office/actions/{id}", recordA).with(user(person(office, true, Role.SUPERVISOR)))))
                .isEqualTo(200);
        assertThat(status(get("/office/actions/{id}", recordC).with(user(person(office, true, Role.PLATFORM_ADMIN)))))
                .isEqualTo(200);
        assertThat(status(get("/office/actions/{id}", Long.MAX_VALUE).with(user(adminA))))
                .isEqualTo(404);
    }

    @Test
    void exportsTheFilteredRowsAsAWorkbookAndRecordsTheExport() throws Exception {
        GongkaiUser supervisor = person(office, true, Role.SUPERVISOR);
        MockHttpServletResponse response = mvc.perform(get("/office/actions/export")
                        .param("text", s)
                        .param("from", "2021-01-01")
                        .with(user(supervisor)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(ActionRecordController.XLSX.toString());
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%93%8D%E4%BD%9C%E8%AE%B0%E5%BD%95-") // 操作记录-
                .endsWith(".xlsx");

        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("操作记录");
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < ExportActionRecords.HEADER_KEYS.size(); c++) {
                    values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                cells.add(values);
            }
        }
        assertThat(cells.get(0))
                .containsExactly("时间", "机关", "操作人", "客户端地址", "操作", "对象类型", "对象编号", "摘要", "原因", "变更前", "变更后");
        assertThat(cells.subList(1, cells.size()))
                .extracting(row -> row.get(7))
                .containsExactly("主管新建人员" + s, "乙局新建人员" + s, "甲局改名100%_" + s);
        assertThat(cells.get(3).get(0)).isEqualTo("2021年1月4日 09:00");
        assertThat(cells.get(3).get(9)).isEqualTo("内设机构名称：甲局办公室");

        // the export is in the record, in the supervisor's scope, by its Chinese name
        List<ActionRecordController.Shown> exports =
                rows(list(supervisor, "action", "ActionRecordExported", "actor", "读者"));
        assertThat(exports).isNotEmpty();
        assertThat(exports.get(0).row().summary()).isEqualTo("导出操作记录 3 条");
        assertThat(exports.get(0).row().after()).contains("from=2021-01-01", "text=" + s);
        assertThat(exports.get(0).action()).isEqualTo("导出操作记录");
    }

    // ---------------------------------------------------------------------------------------------

    private MvcResult list(GongkaiUser reader, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/office/actions").with(user(reader));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<ActionRecordController.Shown> rows(MvcResult result) {
        return (List<ActionRecordController.Shown>)
                result.getModelAndView().getModel().get("rows");
    }

    private static List<String> summaries(MvcResult result) {
        return rows(result).stream().map(r -> r.row().summary()).toList();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static OffsetDateTime at(int y, int m, int d, int h, int min) {
        return OffsetDateTime.of(y, m, d, h, min, 0, 0, CHINA);
    }

    private long agency(String kind, String name, Long supervisor) {
        jdbc.sql("INSERT INTO agency (kind, name, supervisor_id, created_at) VALUES (:k, :n, :s, :at)")
                .param("k", kind)
                .param("n", name)
                .param("s", supervisor)
                .param("at", OffsetDateTime.now())
                .update();
        return jdbc.sql("SELECT id FROM agency WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private long record(
            Long agency,
            OffsetDateTime at,
            String actor,
            String action,
            String summary,
            String before,
            String after,
            String reason) {
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_name, agency_id, client_address, action,
                            subject_type, subject_id, summary, before_state, after_state, reason)
                        VALUES (:at, :actor, :agency, '10.0.0.8', :action, 'Department', '7', :summary, :before,
                            :after, :reason)
                        """)
                .param("at", at)
                .param("actor", actor)
                .param("agency", agency)
                .param("action", action)
                .param("summary", summary)
                .param("before", before)
                .param("after", after)
                .param("reason", reason)
                .update();
        return jdbc.sql("SELECT id FROM action_record WHERE summary = :s")
                .param("s", summary)
                .query(Long.class)
                .single();
    }
}
