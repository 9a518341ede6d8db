package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.agency.api.DemoDataLoaded;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Reconsiderations and lawsuits against the demo agencies (with {@code gongkai.demo.enabled=true}, on {@link
 * DemoDataLoaded}, after the demo requests are loaded), each about one of their demo requests: every kind of
 * table 4 and every result, one decided across a year end, one result corrected (二审改判), and one still
 * pending. 达州市商务局 has none filed in 2020 (its 2020 table 4 is all zeros, seed 000_7364606721a9d05b).
 *
 * <p>Through the module's own use cases — {@link RecordAppeal}, {@link RecordResult}, {@link CorrectResult} —
 * with the dates the demo gives (filed some days after the request was concluded, decided some weeks later);
 * the bodies, courts and case numbers are invented and say 演示.
 */
@Component
class DemoAppeals {
    /** What every demo case number contains. */
    static final String MARK = "演示";

    private static final String DEMO_REQUEST = "【演示数据】%";

    /** One case: whose, about a request concluded in which year, its kind and result, and a later correction. */
    private record Case(
            String agency,
            int year,
            AppealKind kind,
            AppealResult result,
            boolean recordLater,
            AppealResult corrected) {}

    private static final List<Case> CASES = List.of(
            new Case("达州市教育局", 2020, AppealKind.RECONSIDERATION, AppealResult.UPHELD, true, null),
            new Case("达州市商务局", 2021, AppealKind.RECONSIDERATION, AppealResult.UPHELD, true, null),
            new Case("达州市商务局", 2022, AppealKind.LITIGATION_DIRECT, AppealResult.OTHER, false, null),
            new Case("达州市自然资源和规划局", 2022, AppealKind.LITIGATION_DIRECT, AppealResult.CORRECTED, true, null),
            new Case("达州市商务局", 2023, AppealKind.RECONSIDERATION, AppealResult.CORRECTED, true, null),
            new Case("达州市通川区人民政府", 2023, AppealKind.LITIGATION_AFTER_RECONSIDERATION, AppealResult.OTHER, false, null),
            new Case(
                    "达州市商务局",
                    2024,
                    AppealKind.LITIGATION_AFTER_RECONSIDERATION,
                    AppealResult.UPHELD,
                    false,
                    AppealResult.CORRECTED),
            new Case("达州市自然资源和规划局", 2025, AppealKind.RECONSIDERATION, AppealResult.OTHER, false, null),
            new Case("达州市商务局", 0, AppealKind.RECONSIDERATION, AppealResult.PENDING, false, null));

    private final AgencyDirectory agencies;
    private final RecordAppeal recordAppeal;
    private final RecordResult recordResult;
    private final CorrectResult correctResult;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAppeals(
            AgencyDirectory agencies,
            RecordAppeal recordAppeal,
            RecordResult recordResult,
            CorrectResult correctResult,
            JdbcClient jdbc,
            Clock clock) {
        this.agencies = agencies;
        this.recordAppeal = recordAppeal;
        this.recordResult = recordResult;
        this.correctResult = correctResult;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After {@code DemoRequests} (order 10), which this reads. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Order(20)
    void on(DemoDataLoaded loaded) {
        Map<String, AgencySummary> byName = new HashMap<>();
        agencies.supervisedBy(loaded.agency()).forEach(a -> byName.put(a.name(), a));
        load(byName);
    }

    /** Records the demo cases unless there are some; how many were recorded. */
    @Transactional
    int load(Map<String, AgencySummary> byName) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM appeal WHERE case_number LIKE :m")
                .param("m", "%" + MARK + "%")
                .query(Long.class)
                .single();
        if (existing > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> used = new HashSet<>();
        int recorded = 0;
        for (Case c : CASES) {
            AgencySummary agency = byName.get(c.agency());
            if (agency == null) {
                continue;
            }
            Optional<Concluded> request = request(agency.id().value(), c.year() == 0 ? today.getYear() : c.year(), used)
                    .or(() -> c.year() == 0 ? latest(agency.id().value(), used) : Optional.empty());
            if (request.isEmpty()) {
                continue;
            }
            used.add(request.get().trackingNumber());
            GongkaiUser staff = staff(agency);
            LocalDate concluded = request.get().concludedOn();
            // the pending case was filed lately, so it is still within its statutory term
            LocalDate filed = c.result().decided()
                    ? min(concluded.plusDays(20), today)
                    : min(max(concluded.plusDays(1), today.minusDays(20)), today);
            LocalDate decided = min(filed.plusDays(55), today);
            recorded++;
            AppealForm form = new AppealForm();
            form.setKind(c.kind());
            form.setFiledOn(filed);
            form.setBody(c.kind().litigation() ? "达州市通川区人民法院（演示）" : "达州市人民政府（演示）");
            form.setCaseNumber(caseNumber(c.kind(), filed.getYear(), recorded));
            form.setTrackingNumber(request.get().trackingNumber());
            form.setNote("演示数据：虚构的案件，仅供试用本平台。");
            boolean decidedNow = c.result().decided() && !c.recordLater();
            form.setResult(decidedNow ? c.result() : AppealResult.PENDING);
            form.setDecidedOn(decidedNow ? decided : null);
            Errors errors = new BeanPropertyBindingResult(form, "appealForm");
            Appeal appeal = recordAppeal.run(staff, form, errors).orElse(null);
            check(errors, "record " + c);
            if (c.result().decided() && c.recordLater()) {
                ResultForm result = new ResultForm();
                result.setResult(c.result());
                result.setDecidedOn(decided);
                errors = new BeanPropertyBindingResult(result, "resultForm");
                recordResult.run(staff, appeal.id(), result, errors);
                check(errors, "result " + c);
            }
            if (c.corrected() != null) {
                ResultForm correction = new ResultForm();
                correction.setResult(c.corrected());
                correction.setDecidedOn(min(decided.plusDays(40), today));
                correction.setReason("二审判决撤销一审判决（演示）。");
                errors = new BeanPropertyBindingResult(correction, "resultForm");
                correctResult.run(staff, appeal.id(), correction, errors);
                check(errors, "correct " + c);
            }
        }
        return recorded;
    }

    private record Concluded(String trackingNumber, LocalDate concludedOn) {}

    /** The agency's latest demo request concluded in {@code year} not yet appealed against. */
    private Optional<Concluded> request(long agency, int year, Set<String> used) {
        return concluded(agency, "AND concluded_on BETWEEN :from AND :to", year).stream()
                .filter(r -> !used.contains(r.trackingNumber()))
                .findFirst();
    }

    private Optional<Concluded> latest(long agency, Set<String> used) {
        return concluded(agency, "", 0).stream()
                .filter(r -> !used.contains(r.trackingNumber()))
                .findFirst();
    }

    /** Read from the request module's table: its api finds a request by number only (demo loading only). */
    private List<Concluded> concluded(long agency, String condition, int year) {
        var sql = jdbc.sql("""
                        SELECT tracking_number, concluded_on FROM disclosure_request
                        WHERE agency_id = :agency AND description LIKE :mark AND concluded_on IS NOT NULL
                        """ + condition + " ORDER BY concluded_on DESC, id DESC")
                .param("agency", agency)
                .param("mark", DEMO_REQUEST);
        if (year != 0) {
            sql = sql.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        return sql.query((rs, n) -> new Concluded(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    private static String caseNumber(AppealKind kind, int year, int n) {
        return kind.litigation() ? "（" + year + "）川1702行初" + MARK + n + "号" : "达市府复〔" + year + "〕" + MARK + n + "号";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static void check(Errors errors, String what) {
        if (errors.hasErrors()) {
            throw new IllegalStateException("demo appeal refused (" + what + "): " + errors.getAllErrors());
        }
    }

    /** The agency's disclosure officer, else its administrator (demo only: read from the agency's tables). */
    private GongkaiUser staff(AgencySummary agency) {
        for (Role role : List.of(Role.DISCLOSURE_OFFICER, Role.AGENCY_ADMIN)) {
            Optional<GongkaiUser> person = jdbc
                    .sql("""
                            SELECT p.id, p.username, p.display_name FROM person p
                            JOIN person_role r ON r.person_id = p.id
                            WHERE p.agency_id = :agency AND r.role = :role ORDER BY p.id""")
                    .param("agency", agency.id().value())
                    .param("role", role.name())
                    .query((rs, n) -> new GongkaiUser(
                            rs.getLong(1),
                            agency.id().value(),
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
            if (person.isPresent()) {
                return person.get();
            }
        }
        throw new IllegalStateException("demo agency without people: " + agency.name());
    }
}
