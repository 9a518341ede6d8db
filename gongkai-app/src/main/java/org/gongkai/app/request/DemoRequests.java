package org.gongkai.app.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.agency.api.DemoDataLoaded;
import org.gongkai.app.agency.api.StaffDirectory;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Applications for the demo agencies (with {@code gongkai.demo.enabled=true}, on {@link DemoDataLoaded}),
 * 2020 to today: every result row of both editions of table 3, every applicant kind, clarifications answered
 * and lapsed, consultations of a third party and of another agency, an extension approved by 达州市商务局's
 * approving leader, fees paid and lapsed, some carried over a year end, and in 达州市商务局 a few still open
 * with due days near today (one overdue, two due within five working days, one awaiting the applicant's
 * correction), so its disclosure office's home shows what to do. 达州市商务局 has none in 2020: its 2020
 * annual report says it received no application (seed 000_7364606721a9d05b).
 *
 * <p>A faithful builder, not a back door: every request is registered and taken through its steps by the
 * module's own use cases, with their checks; only the clock is the demo's — set to each step's day, so the
 * timeline, the lapses (which happen "today") and the record of actions carry the demo's dates. The
 * applicants are invented and say so (名称、联系方式 marked 演示); their 公民身份号码 are valid by GB 11643 but
 * plainly fictitious (sequence code 000, never issued). Each description starts with {@link #MARK}.
 */
@Component
class DemoRequests {
    /** The start of every demo request's description: how the demo and {@code DemoAppeals} find them. */
    static final String MARK = "【演示数据】";

    static final String COMMERCE = "达州市商务局";
    static final String EDUCATION = "达州市教育局";
    static final String LAND = "达州市自然资源和规划局";
    static final String TONGCHUAN = "达州市通川区人民政府";

    /** How a letter, a visit, a fax or an e-mail came: the channels the office registers (online ones apply). */
    private static final List<Channel> STAFF_CHANNELS =
            List.of(Channel.IN_PERSON, Channel.MAIL_SIGNED, Channel.EMAIL, Channel.MAIL_UNSIGNED, Channel.FAX);

    private static final List<String> SUBJECTS = List.of(
            "本单位2019年度部门预算执行情况",
            "某路段沿街商铺招商引资协议",
            "城区农贸市场改造项目的立项批复",
            "2020年度消费券发放名单及金额",
            "某地块控制性详细规划调整的论证材料",
            "某学校扩建工程的环评与审批文件",
            "本人所在小区周边道路规划红线图",
            "农村集体土地征收补偿安置方案",
            "外商投资企业年度报告抽查结果",
            "电子商务进农村综合示范项目资金使用情况",
            "校外培训机构审批名单",
            "某小区规划验收合格证及附图");

    private final AgencyDirectory agencies;
    private final StaffDirectory staffDirectory;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock realClock;
    private final DemoClock clock;
    private final RegisterRequest register;
    private final RequestClarification requestClarification;
    private final ReceiveCorrection receiveCorrection;
    private final LapseClarification lapseClarification;
    private final StartConsultation startConsultation;
    private final EndConsultation endConsultation;
    private final ExtendDeadline extendDeadline;
    private final SendFeeNotice sendFeeNotice;
    private final RecordPayment recordPayment;
    private final LapsePayment lapsePayment;
    private final AnswerRequest answerRequest;

    DemoRequests(
            AgencyDirectory agencies,
            StaffDirectory staffDirectory,
            DisclosureRequests requests,
            WorkingDayCalendar calendar,
            PasswordEncoder encoder,
            IdentityHashes identities,
            ProcessingFees fees,
            FeeSchedule schedule,
            StepLetters letters,
            MessageSource messages,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agencies = agencies;
        this.staffDirectory = staffDirectory;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.realClock = clock;
        this.clock = new DemoClock(clock.getZone());
        // the module's own use cases, on the demo's clock (the beans run on the platform's)
        StepSupport support = new StepSupport(requests, calendar, letters, events, this.clock);
        this.register = new RegisterRequest(requests, calendar, encoder, identities, letters, events, this.clock);
        this.requestClarification = new RequestClarification(support);
        this.receiveCorrection = new ReceiveCorrection(support);
        this.lapseClarification = new LapseClarification(support);
        this.startConsultation = new StartConsultation(support);
        this.endConsultation = new EndConsultation(support);
        this.extendDeadline = new ExtendDeadline(support, staffDirectory);
        this.sendFeeNotice = new SendFeeNotice(support, fees, schedule, messages);
        this.recordPayment = new RecordPayment(support);
        this.lapsePayment = new LapsePayment(support);
        this.answerRequest = new AnswerRequest(support);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Order(10)
    void on(DemoDataLoaded loaded) {
        Map<String, AgencySummary> byName = new HashMap<>();
        agencies.supervisedBy(loaded.agency()).forEach(a -> byName.put(a.name(), a));
        if (byName.keySet().containsAll(List.of(COMMERCE, EDUCATION, LAND, TONGCHUAN))) {
            load(byName);
        }
    }

    /** Loads the demo requests unless there are some; how many were registered. */
    @Transactional
    int load(Map<String, AgencySummary> byName) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE description LIKE :m")
                .param("m", MARK + "%")
                .query(Long.class)
                .single();
        if (existing > 0) {
            return 0;
        }
        Script s = new Script(byName);
        LocalDate today = LocalDate.now(realClock);

        // Every result row an answer may give, in the 2019 edition (2020; not 达州市商务局) and the 2021 edition
        String[] earlyOffices = {EDUCATION, LAND, TONGCHUAN};
        List<Outcome> of2019 = Outcome.offeredOn(LocalDate.of(2020, 1, 1));
        for (int i = 0; i < of2019.size(); i++) {
            LocalDate received = s.workday(LocalDate.of(2020, 1 + (i * 11) / of2019.size() % 11, 6 + i % 20));
            long id = s.register(earlyOffices[i % 3], received);
            s.answer(id, s.afterWorkingDays(received, 6 + i % 10), of2019.get(i));
        }
        String[] offices = {COMMERCE, EDUCATION, LAND, TONGCHUAN};
        List<Outcome> of2021 = Outcome.offeredOn(LocalDate.of(2021, 1, 1));
        for (int i = 0; i < of2021.size(); i++) {
            LocalDate received = s.workday(LocalDate.of(2021 + i % 5, 2 + (i * 3) % 10, 4 + (i * 7) % 22));
            long id = s.register(offices[i % 4], received);
            s.answer(id, s.afterWorkingDays(received, 5 + i % 12), of2021.get(i));
        }

        // Clarification answered (2020) and lapsed (2020: 其他处理; 2021: 三（六）1)
        long corrected = s.register(EDUCATION, LocalDate.of(2020, 4, 7));
        s.clarify(corrected, LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 24));
        s.correct(corrected, LocalDate.of(2020, 4, 20));
        s.answer(corrected, LocalDate.of(2020, 5, 15), Outcome.GRANTED);
        long unclear = s.register(LAND, LocalDate.of(2020, 9, 1));
        s.clarify(unclear, LocalDate.of(2020, 9, 4), LocalDate.of(2020, 9, 18));
        s.lapseClarification(unclear, LocalDate.of(2020, 9, 21));
        long noCorrection = s.register(COMMERCE, LocalDate.of(2021, 6, 1));
        s.clarify(noCorrection, LocalDate.of(2021, 6, 4), LocalDate.of(2021, 6, 18));
        s.lapseClarification(noCorrection, LocalDate.of(2021, 6, 21));

        // Consultations: a third party (第三十二条) and another agency (第三十四条)
        long thirdParty = s.register(COMMERCE, LocalDate.of(2022, 3, 1));
        s.consult(thirdParty, LocalDate.of(2022, 3, 8), ConsultationKind.THIRD_PARTY, "达州某商贸有限公司（演示）");
        s.endConsultation(thirdParty, LocalDate.of(2022, 3, 22));
        s.answer(thirdParty, LocalDate.of(2022, 4, 15), Outcome.PARTIALLY_GRANTED);
        long otherAgency = s.register(TONGCHUAN, LocalDate.of(2023, 5, 8));
        s.consult(otherAgency, LocalDate.of(2023, 5, 10), ConsultationKind.OTHER_AGENCY, "达州市市场监督管理局（演示）");
        s.endConsultation(otherAgency, LocalDate.of(2023, 5, 19));
        s.answer(otherAgency, LocalDate.of(2023, 6, 9), Outcome.GRANTED);

        // An extension, approved by 达州市商务局's approving leader (第三十三条)
        long extended = s.register(COMMERCE, LocalDate.of(2023, 8, 1));
        s.extend(extended, LocalDate.of(2023, 8, 25), 15);
        s.answer(extended, LocalDate.of(2023, 9, 15), Outcome.GRANTED);

        // Fees (国办函〔2020〕109号): paid, and not paid in time (三（六）2)
        long paid = s.register(COMMERCE, LocalDate.of(2024, 4, 1));
        s.feeNotice(paid, LocalDate.of(2024, 4, 8), 400);
        s.pay(paid, LocalDate.of(2024, 4, 15));
        s.answer(paid, LocalDate.of(2024, 4, 26), Outcome.GRANTED);
        long unpaid = s.register(EDUCATION, LocalDate.of(2022, 7, 4));
        s.feeNotice(unpaid, LocalDate.of(2022, 7, 8), 250);
        s.lapsePayment(unpaid, LocalDate.of(2022, 8, 15));

        // Carried over a year end (二、上年结转 / 四、结转下年度继续办理)
        long over2020 = s.register(TONGCHUAN, LocalDate.of(2020, 12, 21));
        s.answer(over2020, LocalDate.of(2021, 1, 15), Outcome.GRANTED);
        long over2021 = s.register(LAND, LocalDate.of(2021, 12, 20));
        s.consult(over2021, LocalDate.of(2021, 12, 24), ConsultationKind.THIRD_PARTY, "某房地产开发有限公司（演示）");
        s.endConsultation(over2021, LocalDate.of(2022, 1, 10));
        s.answer(over2021, LocalDate.of(2022, 1, 25), Outcome.THIRD_PARTY_RIGHTS);
        long over2024 = s.register(COMMERCE, LocalDate.of(2024, 12, 23));
        s.answer(over2024, LocalDate.of(2025, 1, 17), Outcome.NOT_HELD);

        // This year: concluded ones, and open ones for the disclosure office's Monday
        int year = today.getYear();
        LocalDate spring = s.workday(LocalDate.of(year, 3, 2));
        if (spring.isBefore(today.minusDays(30))) {
            long answered = s.register(COMMERCE, spring);
            s.answer(answered, s.afterWorkingDays(spring, 12), Outcome.NOT_HELD);
            long another = s.register(EDUCATION, spring);
            s.answer(another, s.afterWorkingDays(spring, 9), Outcome.GRANTED);
        }
        LocalDate overdue = s.receivedForDue(today.minusDays(3), today);
        s.register(COMMERCE, overdue);
        LocalDate soon =
                calendar.addWorkingDays(today, RequestNotices.SOON_WORKING_DAYS).date();
        s.register(COMMERCE, s.receivedForDue(soon, today));
        s.register(COMMERCE, s.receivedForDue(soon.minusDays(2), today));
        LocalDate asked = s.previousWorkday(today.minusDays(5));
        long awaiting = s.register(COMMERCE, s.previousWorkday(asked.minusDays(7)));
        s.clarify(awaiting, asked, today.plusDays(15));
        long consulting = s.register(COMMERCE, s.previousWorkday(today.minusDays(10)));
        s.consult(consulting, s.previousWorkday(today.minusDays(6)), ConsultationKind.THIRD_PARTY, "达州某物流有限公司（演示）");
        s.register(EDUCATION, s.previousWorkday(today.minusDays(4)));
        s.register(LAND, s.previousWorkday(today.minusDays(8)));
        clock.set(null);
        return s.registered;
    }

    /** The demo's steps, each through its use case on the demo clock set to the step's day. */
    private final class Script {
        private final Map<String, AgencySummary> byName;
        private final Map<Long, GongkaiUser> staffOf = new HashMap<>();
        private final Map<String, GongkaiUser> staffByAgency = new HashMap<>();
        int registered;

        Script(Map<String, AgencySummary> byName) {
            this.byName = byName;
        }

        long register(String agency, LocalDate receivedOn) {
            GongkaiUser staff = staff(agency);
            int n = registered++;
            ApplicantKind kind = ApplicantKind.values()[n % ApplicantKind.values().length];
            RequestForm form = new RequestForm();
            form.setChannel(STAFF_CHANNELS.get((n / 2) % STAFF_CHANNELS.size()));
            form.setReceivedOn(receivedOn);
            form.setApplicantKind(kind);
            applicant(form, kind, n);
            form.setDescription(MARK + "申请公开" + SUBJECTS.get(n % SUBJECTS.size()) + "。（虚构的申请，仅供试用本平台）");
            form.setDelivery(n % 3 == 0 ? "电子邮件" : "邮寄纸质文本");
            clock.set(receivedOn);
            Errors errors = new BeanPropertyBindingResult(form, "requestForm");
            Optional<RegisterRequest.Registered> done = register.run(staff, form, errors);
            check(errors, "register " + receivedOn);
            long id = done.orElseThrow().request().id();
            staffOf.put(id, staff);
            return id;
        }

        void clarify(long id, LocalDate on, LocalDate until) {
            StepForm f = form(on);
            f.setUntil(until);
            f.setNote("请补正所需信息的名称、文号或者便于查询的其他特征性描述。");
            step(id, f, "clarify", requestClarification::run);
        }

        void correct(long id, LocalDate on) {
            step(id, form(on), "correct", receiveCorrection::run);
        }

        void lapseClarification(long id, LocalDate on) {
            step(id, form(on), "lapse clarification", lapseClarification::run);
        }

        void consult(long id, LocalDate on, ConsultationKind kind, String party) {
            StepForm f = form(on);
            f.setConsultationKind(kind);
            f.setParty(party);
            step(id, f, "consult", startConsultation::run);
        }

        void endConsultation(long id, LocalDate on) {
            StepForm f = form(on);
            f.setNote("已收到书面意见。");
            step(id, f, "end consultation", endConsultation::run);
        }

        void extend(long id, LocalDate on, int workingDays) {
            GongkaiUser staff = staffOf.get(id);
            StepForm f = form(on);
            f.setWorkingDays(workingDays);
            f.setApprover(staffDirectory.peopleWhoMay(staff.agency(), Permission.APPROVE_EXTENSIONS).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo approving leader"))
                    .id()
                    .value());
            f.setNote("所需信息涉及多个科室，需调取档案核对。");
            step(id, f, "extend", extendDeadline::run);
        }

        void feeNotice(long id, LocalDate on, int pages) {
            StepForm f = form(on);
            f.setFeeBasis(StepForm.FeeBasis.BY_PAGES);
            f.setQuantity(pages);
            f.setPaymentMethod("凭收费通知书到达州市政务服务中心非税收入窗口缴纳，或扫描缴款码缴纳");
            step(id, f, "fee notice", sendFeeNotice::run);
        }

        void pay(long id, LocalDate on) {
            step(id, form(on), "pay", recordPayment::run);
        }

        void lapsePayment(long id, LocalDate on) {
            step(id, form(on), "lapse payment", lapsePayment::run);
        }

        void answer(long id, LocalDate on, Outcome outcome) {
            StepForm f = form(on);
            f.setOutcome(outcome.key());
            f.setLegalGround(outcome.grounds().get(0));
            f.setObtain("请于收到本答复书之日起15个工作日内到本机关政府信息公开工作机构领取，或告知邮寄地址");
            f.setWithholding(org.gongkai.app.letter.api.WithholdingGround.THIRD_PARTY_RIGHTS);
            step(id, f, "answer " + outcome, answerRequest::run);
        }

        private StepForm form(LocalDate on) {
            StepForm f = new StepForm();
            f.setOn(on);
            return f;
        }

        private void step(long id, StepForm form, String what, Step step) {
            clock.set(form.getOn());
            Errors errors = new BeanPropertyBindingResult(form, "stepForm");
            step.run(staffOf.get(id), id, form, errors);
            check(errors, what + " " + form.getOn());
        }

        /** {@code day} or the next working day. */
        LocalDate workday(LocalDate day) {
            LocalDate d = day;
            while (!calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        /** {@code day} or the working day before it. */
        LocalDate previousWorkday(LocalDate day) {
            LocalDate d = day;
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        LocalDate afterWorkingDays(LocalDate day, int n) {
            return calendar.addWorkingDays(day, n).date();
        }

        /** The latest working day, not after {@code today}, whose 20-working-day reply is due by {@code due}. */
        LocalDate receivedForDue(LocalDate due, LocalDate today) {
            LocalDate d = previousWorkday(today);
            while (calendar.addWorkingDays(d, DisclosureRequest.REPLY_WORKING_DAYS)
                    .date()
                    .isAfter(due)) {
                d = previousWorkday(d.minusDays(1));
            }
            return d;
        }

        private GongkaiUser staff(String agency) {
            return staffByAgency.computeIfAbsent(agency, name -> {
                AgencySummary a = byName.get(name);
                return person(a.id(), Role.DISCLOSURE_OFFICER)
                        .or(() -> person(a.id(), Role.AGENCY_ADMIN))
                        .orElseThrow(() -> new IllegalStateException("demo agency without people: " + name));
            });
        }
    }

    @FunctionalInterface
    private interface Step {
        boolean run(GongkaiUser staff, long id, StepForm form, Errors errors);
    }

    private static void check(Errors errors, String what) {
        if (errors.hasErrors()) {
            throw new IllegalStateException("demo request step refused (" + what + "): " + errors.getAllErrors());
        }
    }

    /** An invented applicant of {@code kind}, marked as demo. */
    private static void applicant(RequestForm form, ApplicantKind kind, int n) {
        String suffix = String.format("%02d", n % 100);
        switch (kind) {
            case NATURAL_PERSON -> {
                form.setApplicantName(List.of("张", "李", "王", "刘", "陈", "杨").get(n % 6) + "演示");
                form.setIdentityKind(IdentityKind.RESIDENT_ID);
                form.setIdentityNumber(residentId(LocalDate.of(1960, 1, 1).plusDays(n * 397L)));
                form.setContact("138000000" + suffix + "（演示号码）");
            }
            case COMMERCIAL -> organisation(form, "达州演示商贸有限公司", suffix);
            case RESEARCH -> organisation(form, "演示城乡发展研究所", suffix);
            case PUBLIC_INTEREST -> organisation(form, "演示公益环保协会", suffix);
            case LEGAL_SERVICE -> organisation(form, "演示律师事务所", suffix);
            case OTHER -> organisation(form, "演示村民委员会", suffix);
        }
    }

    private static void organisation(RequestForm form, String name, String suffix) {
        form.setApplicantName(name);
        form.setIdentityKind(IdentityKind.OTHER);
        form.setIdentityNumber("DEMO-" + suffix);
        form.setContact("0818-00000" + suffix + "（演示号码）");
    }

    /**
     * A 公民身份号码 valid by GB 11643 (达州市通川区 511702, the birth day, check character) but plainly
     * fictitious: its sequence code 000 is never issued.
     */
    static String residentId(LocalDate born) {
        String first17 = "511702" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "000";
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    /** The first person of the agency holding {@code role}, read from the agency module's tables (demo only). */
    private Optional<GongkaiUser> person(AgencyId agency, Role role) {
        return jdbc
                .sql("""
                        SELECT p.id, p.username, p.display_name FROM person p JOIN person_role r ON r.person_id = p.id
                        WHERE p.agency_id = :agency AND r.role = :role ORDER BY p.id""")
                .param("agency", agency.value())
                .param("role", role.name())
                .query((rs, n) -> new GongkaiUser(
                        rs.getLong(1),
                        agency.value(),
                        false,
                        rs.getString(2),
                        rs.getString(3),
                        "",
                        EnumSet.of(role, Role.DISCLOSURE_OFFICER),
                        false,
                        false,
                        true))
                .list()
                .stream()
                .findFirst();
    }

    /** A clock the demo sets to each step's day (10:00 there); the platform's own when not set. */
    static final class DemoClock extends Clock {
        private final ZoneId zone;
        private volatile Instant instant;

        DemoClock(ZoneId zone) {
            this.zone = zone;
        }

        void set(LocalDate day) {
            this.instant = day == null
                    ? null
                    : day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            DemoClock other = new DemoClock(zone);
            other.instant = instant;
            return other;
        }

        @Override
        public Instant instant() {
            return instant == null ? Instant.now() : instant;
        }
    }
}
