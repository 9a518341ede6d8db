package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.app.agency.api.DemoDataLoaded;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo organisation (with {@code gongkai.demo.enabled=true}, as the README's run command sets):
 * the supervising office 达州市政府信息公开中心（演示）, 达州市商务局 and three more agencies, their
 * departments with 办公室 as the disclosure office, and one person per role, all marked or named as
 * demo. Passwords are in {@code docs/demo.md}; demo people need not change them. Loaded once: when
 * the supervising office exists, nothing happens (also when another node loaded it meanwhile).
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {
    static final String SUPERVISING_OFFICE = "达州市政府信息公开中心（演示）";
    /** The one password of every demo person; documented in docs/demo.md. */
    static final String PASSWORD = "Demo-Gongkai-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** An agency to load: its name, short name, valid 统一社会信用代码, departments (the first is the disclosure office). */
    record DemoAgency(
            String name, String shortName, String creditCode, List<String> departments, List<DemoPerson> people) {}

    /** A person to load, in the named department of their agency (or none). */
    record DemoPerson(String username, String displayName, String department, Set<Role> roles) {}

    static final DemoAgency CENTRE = new DemoAgency(
            SUPERVISING_OFFICE,
            "信息公开中心",
            "11511700MB1A0001X2",
            List.of("办公室", "监督指导科"),
            List.of(
                    new DemoPerson("zhongxin-jiandu", "赵监督（演示）", "监督指导科", EnumSet.of(Role.SUPERVISOR)),
                    new DemoPerson(
                            "pingtai-admin", "钱平台（演示）", "办公室", EnumSet.of(Role.PLATFORM_ADMIN, Role.AGENCY_ADMIN))));

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency(
                    "达州市商务局",
                    "市商务局",
                    "11511700MB1A000282",
                    List.of("办公室", "市场建设科", "对外贸易科", "外资管理科", "电子商务科"),
                    List.of(
                            new DemoPerson("shangwu-admin", "孙管理（演示）", "办公室", EnumSet.of(Role.AGENCY_ADMIN)),
                            new DemoPerson("shangwu-gongkai", "李公开（演示）", "办公室", EnumSet.of(Role.DISCLOSURE_OFFICER)),
                            new DemoPerson("shangwu-gonggao", "周供稿（演示）", "市场建设科", EnumSet.of(Role.SUBMITTER)),
                            new DemoPerson(
                                    "shangwu-baomi", "吴保密（演示）", "办公室", EnumSet.of(Role.CONFIDENTIALITY_REVIEWER)),
                            new DemoPerson("shangwu-lingdao", "郑领导（演示）", null, EnumSet.of(Role.APPROVING_LEADER)))),
            new DemoAgency(
                    "达州市教育局",
                    "市教育局",
                    "11511700MB1A00036W",
                    List.of("办公室", "基础教育科", "职业教育与成人教育科"),
                    List.of(new DemoPerson("jiaoyu-admin", "王教育（演示）", "办公室", EnumSet.of(Role.AGENCY_ADMIN)))),
            new DemoAgency(
                    "达州市自然资源和规划局",
                    "市自然资源和规划局",
                    "11511700MB1A00044P",
                    List.of("办公室", "国土空间规划科", "耕地保护监督科"),
                    List.of(new DemoPerson("ziran-admin", "冯规划（演示）", "办公室", EnumSet.of(Role.AGENCY_ADMIN)))),
            new DemoAgency(
                    "达州市通川区人民政府",
                    "通川区政府",
                    "11511702MB1A00052F",
                    List.of("区政府办公室", "政务服务科"),
                    List.of(new DemoPerson("tongchuan-admin", "陈通川（演示）", "区政府办公室", EnumSet.of(Role.AGENCY_ADMIN)))));

    private final Agencies agencies;
    private final Departments departments;
    private final People people;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    DemoData(
            Agencies agencies,
            Departments departments,
            People people,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.messages = messages;
        this.agencies = agencies;
        this.departments = departments;
        this.people = people;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (load()) {
            log.info(
                    "Demo data loaded: {} and {} agencies; passwords in docs/demo.md",
                    SUPERVISING_OFFICE,
                    AGENCIES.size());
        }
    }

    /** Loads the demo organisation unless it is there; true when it was loaded now. */
    boolean load() {
        if (agencies.existsByName(SUPERVISING_OFFICE)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                if (agencies.existsByName(SUPERVISING_OFFICE)) {
                    return false;
                }
                loadAll();
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            log.info(
                    "Demo data not loaded: another node loaded it meanwhile ({})",
                    e.getMostSpecificCause().getMessage());
            return false;
        }
    }

    private void loadAll() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one hash for everybody: the same password, and a quick start
        String hash = encoder.encode(PASSWORD);
        Agency centre = save(CENTRE, AgencyKind.SUPERVISING_OFFICE, null, hash, now);
        int count = CENTRE.people().size();
        for (DemoAgency demo : AGENCIES) {
            save(demo, AgencyKind.AGENCY, centre.id(), hash, now);
            count += demo.people().size();
        }
        events.publishEvent(new DemoDataLoaded(
                Actor.system(), now, new AgencyId(centre.id()), SUPERVISING_OFFICE, AGENCIES.size(), count));
    }

    private Agency save(DemoAgency demo, AgencyKind kind, Long supervisorId, String hash, OffsetDateTime now) {
        Agency agency = new Agency(kind, demo.name(), demo.creditCode(), supervisorId, now).markDemo();
        agency.edit(demo.name(), demo.shortName(), demo.creditCode(), supervisorId);
        agency = agencies.save(agency);
        Map<String, Long> departmentIds = new HashMap<>();
        boolean first = true;
        for (String name : demo.departments()) {
            Department department = departments.save(new Department(agency.id(), name, first, now));
            departmentIds.put(name, department.id());
            first = false;
        }
        for (DemoPerson p : demo.people()) {
            Person person = new Person(
                    agency.id(),
                    p.department() == null ? null : departmentIds.get(p.department()),
                    p.username(),
                    p.displayName(),
                    hash,
                    p.roles(),
                    now);
            // demo people may sign in and try everything at once
            person.changePassword(hash, now);
            people.save(person);
        }
        return agency;
    }
}
