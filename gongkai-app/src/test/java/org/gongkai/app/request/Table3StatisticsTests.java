package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Table 3 counted from requests: a worked example, and a seeded property (ADR 0003: a plain parameterized test
 * over seeds) — random legal step sequences on random requests across 2019–2022 give, for every year, a table
 * that passes every T3 rule of the report library, in which each request counted is counted exactly once in
 * 一/二 and exactly once in 三 or 四, and whose 四 is the next year's 二.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"calendar", "system"})
@ActiveProfiles("test")
class Table3StatisticsTests {
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void aWorkedYear() {
        DisclosureRequest carried = request(LocalDate.of(2024, 12, 20), ApplicantKind.NATURAL_PERSON);
        carried.answered(LocalDate.of(2025, 1, 10), Outcome.GRANTED, LegalGround.A36_2);
        DisclosureRequest lapsed = request(LocalDate.of(2025, 3, 3), ApplicantKind.COMMERCIAL);
        lapsed.requestClarification(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 18));
        lapsed.clarificationLapsed(LocalDate.of(2025, 3, 19));
        DisclosureRequest open = request(LocalDate.of(2025, 12, 29), ApplicantKind.LEGAL_SERVICE);
        DisclosureRequest earlier = request(LocalDate.of(2024, 3, 1), ApplicantKind.RESEARCH);
        earlier.answered(LocalDate.of(2024, 3, 20), Outcome.NOT_HELD, LegalGround.A36_4);

        Table3Statistics.Result result = Table3Statistics.of(2025, List.of(carried, lapsed, open, earlier));

        assertThat(result.edition()).isEqualTo(Edition.E2021);
        assertThat(result.findings()).isEmpty();
        assertThat(result.count(Table3Row.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(2);
        assertThat(result.count(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(1);
        assertThat(result.count(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(1);
        assertThat(result.count(Table3Row.NO_CORRECTION_IN_TIME, ApplicantColumn.COMMERCIAL))
                .isEqualTo(1);
        assertThat(result.count(Table3Row.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(2);
        assertThat(result.count(Table3Row.CARRIED_FORWARD, ApplicantColumn.LEGAL_SERVICE))
                .isEqualTo(1);
        assertThat(result.count(Table3Row.NOT_HELD, ApplicantColumn.TOTAL))
                .as("concluded in 2024")
                .isZero();
        assertThat(result.requestsIn(Table3Row.GRANTED, ApplicantColumn.TOTAL)).containsExactly(carried);
    }

    /** 300 seeds, as table 4's property test (ADR 0003: a failure is reproduced from its seed). */
    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void randomLegalStepsAlwaysGiveATableThatPassesEveryT3Rule(long seed) {
        Random random = new Random(seed);
        List<DisclosureRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate received = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(1300));
            ApplicantKind kind = ApplicantKind.values()[random.nextInt(ApplicantKind.values().length)];
            DisclosureRequest request = request(received, kind);
            walk(request, received, random);
            requests.add(request);
        }
        for (int year = 2019; year <= 2023; year++) {
            Table3Statistics.Result result = Table3Statistics.of(year, requests);
            assertThat(result.findings()).as("seed %d, %d", seed, year).isEmpty();
            Set<Table3Row> intake = Set.of(Table3Row.NEW_RECEIVED, Table3Row.CARRIED_OVER);
            Set<Table3Row> conclusion = new java.util.HashSet<>(Table3Row.resultRows(result.edition()));
            conclusion.add(Table3Row.CARRIED_FORWARD);
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = LocalDate.of(year, 12, 31);
            for (DisclosureRequest r : requests) {
                boolean counts = !r.receivedOn().isAfter(end)
                        && (r.concludedOn() == null || !r.concludedOn().isBefore(start));
                int expected = counts ? 1 : 0;
                assertThat(timesIn(result, intake, r))
                        .as("seed %d, %d, 一/二", seed, year)
                        .isEqualTo(expected);
                assertThat(timesIn(result, conclusion, r))
                        .as("seed %d, %d, 三/四", seed, year)
                        .isEqualTo(expected);
            }
            Table3Statistics.Result next = Table3Statistics.of(year + 1, requests);
            for (ApplicantColumn c : ApplicantColumn.values()) {
                assertThat(next.count(Table3Row.CARRIED_OVER, c))
                        .as("seed %d: %d's 四 is %d's 二", seed, year, year + 1)
                        .isEqualTo(result.count(Table3Row.CARRIED_FORWARD, c));
            }
        }
    }

    /** Random steps the state allows, on days moving forward, until concluded or the walk stops. */
    private void walk(DisclosureRequest request, LocalDate received, Random random) {
        LocalDate day = received;
        int steps = random.nextInt(8);
        for (int i = 0; i < steps && !request.state().concluded(); i++) {
            day = day.plusDays(random.nextInt(12));
            List<DisclosureRequest.Step> allowed = new ArrayList<>(request.allowedSteps());
            allowed.add(
                    request.state() == RequestState.AWAITING_CLARIFICATION
                            ? DisclosureRequest.Step.LAPSE_CLARIFICATION
                            : DisclosureRequest.Step.ANSWER);
            DisclosureRequest.Step step = allowed.get(random.nextInt(allowed.size()));
            try {
                switch (step) {
                    case ANSWER -> {
                        List<Outcome> offered = Outcome.offeredOn(day);
                        Outcome outcome = offered.get(random.nextInt(offered.size()));
                        request.answered(
                                day,
                                outcome,
                                outcome.grounds()
                                        .get(random.nextInt(outcome.grounds().size())));
                    }
                    case REQUEST_CLARIFICATION ->
                        request.requestClarification(day, day.plusDays(1 + random.nextInt(15)));
                    case RECEIVE_CLARIFICATION -> request.clarificationReceived(day, calendar);
                    case LAPSE_CLARIFICATION -> {
                        day = request.clarificationDueOn().plusDays(1 + random.nextInt(3));
                        request.clarificationLapsed(day);
                    }
                    case START_CONSULTATION ->
                        request.consultationStarted(day, ConsultationKind.values()[random.nextInt(2)], "第三方");
                    case END_CONSULTATION -> request.consultationEnded(day, calendar);
                    case EXTEND -> request.extend(1 + random.nextInt(20), day, calendar);
                    case SEND_FEE_NOTICE -> request.feeNoticeSent(day, 100 + random.nextInt(900), calendar);
                    case PAY_FEE -> request.feePaid();
                    case LAPSE_PAYMENT -> {
                        day = request.paymentDueOn().plusDays(1 + random.nextInt(3));
                        request.paymentLapsed(day);
                    }
                    default -> {}
                }
            } catch (StepRefused refused) {
                // a step the law refuses here (an extension after the due day): nothing changed, walk on
            }
        }
    }

    private static long timesIn(Table3Statistics.Result result, Set<Table3Row> rows, DisclosureRequest r) {
        return rows.stream()
                .filter(result.edition().table3Rows()::contains)
                .mapToLong(row -> result.requestsIn(row, ApplicantColumn.TOTAL).stream()
                        .filter(x -> x == r)
                        .count())
                .sum();
    }

    private DisclosureRequest request(LocalDate received, ApplicantKind kind) {
        return new DisclosureRequest(
                1L,
                "T",
                "x",
                Channel.IN_PERSON,
                new Applicant(kind, "申请人", IdentityKind.OTHER, "****", "h", "c"),
                "信息",
                null,
                received,
                null,
                OffsetDateTime.now(),
                calendar);
    }
}
