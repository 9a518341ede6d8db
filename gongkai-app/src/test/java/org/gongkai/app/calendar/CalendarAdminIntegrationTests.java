package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.calendar.api.HolidayNoticeLoaded;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform administrator's calendar page: the list of years, loading a notice (recorded, announced, and
 * recomputing 暂定 deadlines), the Chinese error at the field, the deadline check, and who may see it.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarAdminIntegrationTests {

    static final String PAGE = "/office/platform/calendar";

    static final String NOTICE_2029 = """
            # 测试用的虚构通知（2029年）
            2029-01-01 off 元旦
            2029-10-01 off 国庆节
            2029-09-29 work 国庆节
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarService calendar;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void forgetLoadedNotices() {
        // the shared test database outlives this class; other tests expect the shipped calendar
        jdbc.sql("DELETE FROM holiday_notice").update();
        calendar.reload();
    }

    @Test
    void listsTheShippedYearsWithTheirNoticeAndFlagsTheMissingOnes() throws Exception {
        Document page = page(PAGE);

        assertThat(page.select("#year-2026-CN").text())
                .contains("2026年", "全国", "随平台提供的数据文件", "国务院办公厅关于2026年部分节假日安排的通知");
        int nextYear = LocalDate.now(ChineseDates.ZONE).getYear() + 1;
        if (!calendar.hasNoticeFor(nextYear)) {
            assertThat(page.select("#year-" + nextYear + "-CN").text()).contains("尚未载入通知，期限暂定");
        }
        assertThat(page.select("h1").text()).isEqualTo("工作日历");
    }

    @Test
    void loadingANoticeListsItRecordsTheActionAndAnnouncesIt() throws Exception {
        long before = actionsOn("2029/CN");

        mvc.perform(loadNotice("2029", "CN", "国务院办公厅关于2029年部分节假日安排的通知（测试）", NOTICE_2029))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));

        Document page = page(PAGE);
        assertThat(page.select("#year-2029-CN").text())
                .contains("2029年", "日历管理员（calendar-admin）于", "载入", "国务院办公厅关于2029年部分节假日安排的通知（测试）")
                .contains("放假 2 天，调休上班 1 天");
        assertThat(actionsOn("2029/CN")).isEqualTo(before + 1);
        String after = jdbc.sql("SELECT after_state FROM action_record WHERE subject_id = '2029/CN'"
                        + " AND action = 'HolidayNoticeLoaded' ORDER BY id DESC")
                .query(String.class)
                .list()
                .get(0);
        assertThat(after).contains("2029-09-29 work 国庆节");
        assertThat(events.stream(HolidayNoticeLoaded.class))
                .extracting(HolidayNoticeLoaded::year, HolidayNoticeLoaded::region)
                .containsExactly(tuple(2029, "CN"));
        assertThat(calendar.hasNoticeFor(2029)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-09-29"))).isTrue(); // a Saturday, 调休上班
    }

    @Test
    void reloadingAYearRecordsThePreviousContentAsBefore() throws Exception {
        mvc.perform(loadNotice("2029", "CN", "第一次", NOTICE_2029)).andExpect(status().is3xxRedirection());
        mvc.perform(loadNotice("2029", "CN", "第二次", "2029-01-01 off 元旦\n")).andExpect(status().is3xxRedirection());

        List<String> befores = jdbc.sql("SELECT before_state FROM action_record WHERE subject_id = '2029/CN'"
                        + " AND action = 'HolidayNoticeReplaced' ORDER BY id DESC")
                .query(String.class)
                .list();
        assertThat(befores.get(0)).contains("第一次", "2029-09-29 work 国庆节");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-10-01"))).isTrue(); // the second notice has no 国庆节
        assertThat(page(PAGE).select("#year-2029-CN").text()).contains("第二次");
    }

    @Test
    void anOverLongLineIsQuotedOnceAndShortInTheMessageButKeptWholeInTheForm() throws Exception {
        String longLine = "元旦放假" + "元".repeat(3000);
        String html = mvc.perform(loadNotice("2029", "CN", "通知", longLine + "\n"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        String error = page.select("#text-error").text();
        assertThat(error).contains("未载入", "第1行", "元旦放假元元", "…");
        assertThat(error.length()).as("the message quotes an excerpt").isLessThan(200);
        assertThat(org.springframework.util.StringUtils.countOccurrencesOf(html, "元".repeat(3000)))
                .as("the whole line appears once: in the form, not in the message")
                .isEqualTo(1);
        assertThat(page.select("textarea#text").first().wholeText()).contains(longLine);
    }

    @Test
    void anInvalidLineIsRefusedInChineseAtTheFieldWithItsNumberAndTheTextKept() throws Exception {
        String text = "2029-01-01 off 元旦\n2029-02-30 off 春节\n";

        String html = mvc.perform(loadNotice("2029", "CN", "国务院办公厅关于2029年部分节假日安排的通知", text))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("#text-error").text()).contains("未载入", "第2行", "2029-02-30", "该行内容：“2029-02-30 off 春节”");
        assertThat(page.select("textarea#text").first().wholeText()).contains("2029-01-01 off 元旦", "2029-02-30 off 春节");
        assertThat(page.select("textarea#text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#source").val()).isEqualTo("国务院办公厅关于2029年部分节假日安排的通知");
        assertThat(events.stream(HolidayNoticeLoaded.class)).isEmpty();
        assertThat(calendar.hasNoticeFor(2029)).isFalse();
    }

    @Test
    void everyFieldErrorShowsAtOnce() throws Exception {
        String html = mvc.perform(loadNotice("2029", "达州", " ", NOTICE_2029 + "2029-13-01 off 错误的月份\n"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("#source-error").text()).contains("请填写通知名称及文号");
        assertThat(page.select("#region-error").text()).contains("六位行政区划代码");
        assertThat(page.select("#text-error").text()).contains("第5行", "2029-13-01");
        assertThat(page.select("textarea#text").first().wholeText()).contains("2029-09-29 work 国庆节");
    }

    @Test
    void aYearThatIsNotANumberIsRefusedInChinese() throws Exception {
        String html = mvc.perform(loadNotice("二〇二九", "CN", "通知", NOTICE_2029))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("#year-error").text()).isEqualTo("通知年份应为四位数字，如 2027。");
    }

    @Test
    void aDeadlineInto2027IsProvisionalBeforeAndFinalAfterLoadingThe2027Notice() throws Exception {
        // the test notice is made up (test resources): the real 2027 notice is not published as this is written
        LocalDate received = LocalDate.parse("2026-12-20");
        WorkingDayDate provisional = calendar.addWorkingDays(received, 40);
        assertThat(provisional.certainty()).isEqualTo(Certainty.PROVISIONAL);
        assertThat(provisional.date()).isEqualTo("2027-02-17"); // 除夕 and 初一至初三 of the 2024 办法 only
        Document before = page(PAGE + "/deadline?start=2026-12-20&days=40");
        assertThat(before.select("#deadline-result").text())
                .contains("2026年12月20日起40个工作日，期限至2027年2月17日", "暂定", "2027年");
        assertThat(before.select("#deadline-result .provisional").text()).isEqualTo("暂定");

        mvc.perform(loadNotice("2027", "CN", "虚构的2027年节假日安排（测试）", resource("calendar/made-up-2027.txt")))
                .andExpect(status().is3xxRedirection());

        WorkingDayDate fin = calendar.addWorkingDays(received, 40);
        assertThat(fin.certainty()).isEqualTo(Certainty.FINAL);
        // 02-05…02-12 off and Saturday 02-20 worked in the made-up notice: Feb 15–19 (18), 20 (19), 22 (20)
        assertThat(fin.date()).isEqualTo("2027-02-22");
        Document after = page(PAGE + "/deadline?start=2026-12-20&days=40");
        assertThat(after.select("#deadline-result").text())
                .contains("期限至2027年2月22日", "确定")
                .doesNotContain("暂定");
        assertThat(events.stream(HolidayNoticeLoaded.class))
                .extracting(HolidayNoticeLoaded::year, HolidayNoticeLoaded::region)
                .containsExactly(tuple(2027, "CN"));
    }

    @Test
    void theDeadlineCheckRefusesAMissingStartAtTheField() throws Exception {
        Document page = page(PAGE + "/deadline?start=&days=20");

        assertThat(page.select("#start-error").text()).isEqualTo("请填写起算日。");
        assertThat(page.select("#deadline-result")).isEmpty();
    }

    @Test
    void showsTheCalendarAlertToThePlatformAdministratorWhenADeadlineStartingTodayIsProvisional() throws Exception {
        Document page = page(PAGE);

        boolean provisional =
                !calendar.missingNoticeYears(LocalDate.now(ChineseDates.ZONE)).isEmpty();
        assertThat(page.select(".office-notices")).hasSize(provisional ? 1 : 0);
        if (provisional) {
            assertThat(page.select(".office-notices").text()).contains("节假日安排通知尚未载入", "载入节假日安排通知");
        }
    }

    @Test
    void onlyPlatformAdministratorsReachThePage() throws Exception {
        mvc.perform(get(PAGE).with(user(CalendarPeople.agencyAdmin()))).andExpect(status().isForbidden());
        mvc.perform(loadNotice("2029", "CN", "通知", NOTICE_2029).with(user(CalendarPeople.agencyAdmin())))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/deadline?start=2026-12-01&days=20").with(user(CalendarPeople.agencyAdmin())))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(calendar.hasNoticeFor(2029)).isFalse();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loadNotice(
            String year, String region, String source, String text) {
        return post(PAGE + "/notices")
                .with(user(CalendarPeople.platformAdmin()))
                .with(csrf())
                .param("year", year)
                .param("region", region)
                .param("source", source)
                .param("text", text);
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url).with(user(CalendarPeople.platformAdmin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private long actionsOn(String subjectId) {
        return jdbc.sql("SELECT COUNT(*) FROM action_record WHERE subject_id = :id AND action = 'HolidayNoticeLoaded'")
                .param("id", subjectId)
                .query(Long.class)
                .single();
    }

    static String resource(String name) throws IOException {
        try (InputStream in =
                CalendarAdminIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
