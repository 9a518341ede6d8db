package org.gongkai.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.gongkai.app.system.api.Role.AGENCY_ADMIN;
import static org.gongkai.app.system.api.Role.APPROVING_LEADER;
import static org.gongkai.app.system.api.Role.CONFIDENTIALITY_REVIEWER;
import static org.gongkai.app.system.api.Role.DISCLOSURE_OFFICER;
import static org.gongkai.app.system.api.Role.PLATFORM_ADMIN;
import static org.gongkai.app.system.api.Role.SUBMITTER;
import static org.gongkai.app.system.api.Role.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.catalog.TestAttachments;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The authorisation matrix: every endpoint of the application, who may use it, and whether it takes
 * the id of an agency's data. <strong>Adding an endpoint without adding it to {@link #MATRIX} fails
 * the build</strong> ({@link #everyEndpointIsInTheMatrix}), and so does a line for an endpoint that
 * no longer exists.
 *
 * <p>Each endpoint is walked by an anonymous visitor; by people of two agencies A and B under the same
 * supervising office holding each role in turn; by a supervisor of that office; and by a platform
 * administrator. Path ids are always A's. It proves: anonymous visitors are sent to the login page
 * (pages) or refused with 401 (API), except on public endpoints; a person without one of the
 * endpoint's roles gets 403; a person with one gets neither 401 nor 403 (nor 404 for A's own ids,
 * nor a server error); a person of B with a permitted role gets 404 for A's ids; no page or export
 * shown to a person of B contains a word of A's data; and no request by a person of B, or by a person
 * of A without the role, changes A's data. Every request runs in a transaction that is rolled back, so
 * the walk can post forms without changing the fixture.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    // ---------------------------------------------------------------------------------------------
    // THE MATRIX. One line per endpoint ("METHOD /pattern" as the controller maps it; "*" for a
    // mapping without a method). anyone(…): public; signedIn(…): any signed-in person; roles(…, R…):
    // only those roles. .id("var", Id.X) fills the path variable with A's X; scoped ids (DEPARTMENT,
    // PERSON, ACTION_RECORD) must answer 404 to another agency's people. .value("var", "…") fills it
    // with a fixed value.
    // ---------------------------------------------------------------------------------------------
    static final Map<String, Rule> MATRIX = matrix(
            // system: portal, login, office home, errors, health probe
            anyone("GET /"),
            anyone("GET /login"),
            anyone("* /error").noStatusCheck(),
            anyone("GET /actuator/health"),
            anyone("GET /actuator/health/**").noStatusCheck(),
            anyone("GET /actuator").noStatusCheck(),
            signedIn("GET /office"),
            // system: the record of actions (ActionRecordScope: agency admin → own agency, supervisor →
            // office and the agencies under it, platform admin → everything)
            roles("GET /office/actions", AGENCY_ADMIN, SUPERVISOR, PLATFORM_ADMIN),
            roles("GET /office/actions/export", AGENCY_ADMIN, SUPERVISOR, PLATFORM_ADMIN),
            roles("GET /office/actions/{id}", AGENCY_ADMIN, SUPERVISOR, PLATFORM_ADMIN)
                    .id("id", Id.ACTION_RECORD),
            // agency: the agency administrator's departments and people
            roles("GET /office/departments", AGENCY_ADMIN),
            roles("POST /office/departments", AGENCY_ADMIN),
            roles("GET /office/departments/{id}", AGENCY_ADMIN).id("id", Id.DEPARTMENT),
            roles("POST /office/departments/{id}", AGENCY_ADMIN).id("id", Id.DEPARTMENT),
            roles("POST /office/departments/{id}/disclosure-office", AGENCY_ADMIN)
                    .id("id", Id.DEPARTMENT),
            roles("GET /office/people", AGENCY_ADMIN),
            roles("GET /office/people/new", AGENCY_ADMIN),
            roles("POST /office/people", AGENCY_ADMIN),
            roles("GET /office/people/{id}", AGENCY_ADMIN).id("id", Id.PERSON),
            roles("POST /office/people/{id}", AGENCY_ADMIN).id("id", Id.PERSON),
            roles("POST /office/people/{id}/password", AGENCY_ADMIN).id("id", Id.PERSON),
            roles("POST /office/people/{id}/disable", AGENCY_ADMIN).id("id", Id.PERSON),
            roles("POST /office/people/{id}/enable", AGENCY_ADMIN).id("id", Id.PERSON),
            // agency: one's own account
            signedIn("GET /office/me"),
            signedIn("GET /office/password"),
            signedIn("POST /office/password"),
            // agency: the platform administrator's agencies and supervising offices (not scoped: all of them)
            roles("GET /office/platform/agencies", PLATFORM_ADMIN),
            roles("GET /office/platform/agencies/new", PLATFORM_ADMIN),
            roles("POST /office/platform/agencies", PLATFORM_ADMIN),
            roles("GET /office/platform/agencies/{id}", PLATFORM_ADMIN).id("id", Id.AGENCY),
            roles("POST /office/platform/agencies/{id}", PLATFORM_ADMIN).id("id", Id.AGENCY),
            roles("POST /office/platform/agencies/{id}/administrators", PLATFORM_ADMIN)
                    .id("id", Id.AGENCY),
            // applications for disclosure: the disclosure office
            roles("GET /office/requests", DISCLOSURE_OFFICER),
            roles("GET /office/requests/new", DISCLOSURE_OFFICER),
            roles("POST /office/requests", DISCLOSURE_OFFICER),
            roles("GET /office/requests/{id}", DISCLOSURE_OFFICER).id("id", Id.REQUEST),
            roles("GET /office/requests/statistics", DISCLOSURE_OFFICER),
            roles("POST /office/requests/{id}/steps/{step}", DISCLOSURE_OFFICER)
                    .id("id", Id.REQUEST)
                    .value("step", "answer"),
            roles("GET /office/requests/{id}/contact", DISCLOSURE_OFFICER).id("id", Id.REQUEST),
            roles("POST /office/requests/{id}/contact", DISCLOSURE_OFFICER).id("id", Id.REQUEST),
            // the supervising office's view of its agencies
            roles("GET /supervision", SUPERVISOR, PLATFORM_ADMIN),
            // calendar: the platform administrator loads holiday notices
            roles("GET /office/platform/calendar", PLATFORM_ADMIN),
            roles("POST /office/platform/calendar/notices", PLATFORM_ADMIN),
            roles("GET /office/platform/calendar/deadline", PLATFORM_ADMIN),
            // catalog: the agency administrator's columns and settings (own agency)
            roles("GET /office/catalog/columns", AGENCY_ADMIN),
            roles("POST /office/catalog/columns", AGENCY_ADMIN),
            roles("GET /office/catalog/columns/{id}", AGENCY_ADMIN).id("id", Id.CATALOG_COLUMN),
            roles("POST /office/catalog/columns/{id}", AGENCY_ADMIN).id("id", Id.CATALOG_COLUMN),
            roles("GET /office/catalog/settings", AGENCY_ADMIN),
            roles("POST /office/catalog/settings", AGENCY_ADMIN),
            // catalog: items and the 三审 chain (each reviewer only at their step: CatalogItem refuses the rest)
            roles(
                    "GET /office/catalog/items",
                    SUBMITTER,
                    DISCLOSURE_OFFICER,
                    CONFIDENTIALITY_REVIEWER,
                    APPROVING_LEADER),
            roles("GET /office/catalog/items/new", SUBMITTER, DISCLOSURE_OFFICER),
            roles("POST /office/catalog/items", SUBMITTER, DISCLOSURE_OFFICER),
            roles(
                            "GET /office/catalog/items/{id}",
                            SUBMITTER,
                            DISCLOSURE_OFFICER,
                            CONFIDENTIALITY_REVIEWER,
                            APPROVING_LEADER)
                    .id("id", Id.CATALOG_ITEM),
            roles("GET /office/catalog/items/{id}/edit", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            roles("POST /office/catalog/items/{id}/edit", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            roles("POST /office/catalog/items/{id}/submit", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            roles(
                            "POST /office/catalog/items/{id}/pass",
                            DISCLOSURE_OFFICER,
                            CONFIDENTIALITY_REVIEWER,
                            APPROVING_LEADER)
                    .id("id", Id.CATALOG_ITEM),
            roles(
                            "POST /office/catalog/items/{id}/return",
                            DISCLOSURE_OFFICER,
                            CONFIDENTIALITY_REVIEWER,
                            APPROVING_LEADER)
                    .id("id", Id.CATALOG_ITEM),
            roles("POST /office/catalog/items/{id}/withdraw", DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            // catalog: each agency's public portal (published items only)
            anyone("GET /agencies/{agencyId}").id("agencyId", Id.AGENCY),
            anyone("GET /agencies/{agencyId}/columns/{columnId}")
                    .id("agencyId", Id.AGENCY)
                    .id("columnId", Id.PUBLIC_COLUMN),
            anyone("GET /agencies/{agencyId}/items/{itemId}")
                    .id("agencyId", Id.AGENCY)
                    .id("itemId", Id.PUBLISHED_ITEM),
            anyone("GET /agencies/{agencyId}/search").id("agencyId", Id.AGENCY),
            // letter: the agency's templates and 文号 template (admin and disclosure office); issued letters' files
            roles("GET /office/letters/templates", AGENCY_ADMIN, DISCLOSURE_OFFICER),
            roles("POST /office/letters/numbering", AGENCY_ADMIN, DISCLOSURE_OFFICER),
            roles("GET /office/letters/templates/{kind}", AGENCY_ADMIN, DISCLOSURE_OFFICER)
                    .value("kind", "RECEIPT"),
            roles("POST /office/letters/templates/{kind}", AGENCY_ADMIN, DISCLOSURE_OFFICER)
                    .value("kind", "RECEIPT"),
            roles("POST /office/letters/templates/{kind}/preview", AGENCY_ADMIN, DISCLOSURE_OFFICER)
                    .value("kind", "RECEIPT"),
            roles("POST /office/letters/templates/{kind}/default", AGENCY_ADMIN, DISCLOSURE_OFFICER)
                    .value("kind", "RECEIPT"),
            roles("GET /office/letters/{id}/pdf", DISCLOSURE_OFFICER).id("id", Id.ISSUED_LETTER),
            roles("GET /office/letters/{id}/docx", DISCLOSURE_OFFICER).id("id", Id.ISSUED_LETTER),
            // appeals (复议和诉讼) and table 4: the disclosure office, own agency
            roles("GET /office/appeals", DISCLOSURE_OFFICER),
            roles("GET /office/appeals/new", DISCLOSURE_OFFICER),
            roles("POST /office/appeals", DISCLOSURE_OFFICER),
            roles("GET /office/appeals/statistics", DISCLOSURE_OFFICER),
            roles("GET /office/appeals/{id}", DISCLOSURE_OFFICER).id("id", Id.APPEAL),
            roles("POST /office/appeals/{id}/result", DISCLOSURE_OFFICER).id("id", Id.APPEAL),
            roles("POST /office/appeals/{id}/correction", DISCLOSURE_OFFICER).id("id", Id.APPEAL),
            // request: the public application form of each agency, and the applicant's look-up (number + code)
            anyone("GET /agencies/{agencyId}/apply").id("agencyId", Id.AGENCY),
            anyone("POST /agencies/{agencyId}/apply").id("agencyId", Id.AGENCY),
            anyone("GET /track"),
            anyone("POST /track"),
            anyone("POST /track/letter"),
            anyone("POST /track/correction"),
            // catalog: the portal's guide, feeds, sitemap, JSON API and search across agencies (published only)
            anyone("GET /agencies/{agencyId}/guide").id("agencyId", Id.AGENCY),
            anyone("GET /agencies/{agencyId}/columns/{columnId}/feed")
                    .id("agencyId", Id.AGENCY)
                    .id("columnId", Id.PUBLIC_COLUMN),
            anyone("GET /sitemap.xml"),
            anyone("GET /api/agencies/{agencyId}/items").id("agencyId", Id.AGENCY),
            anyone("GET /search"),
            // catalog: the agency administrator edits the guide (own agency)
            roles("GET /office/catalog/guide", AGENCY_ADMIN),
            roles("POST /office/catalog/guide", AGENCY_ADMIN),
            // catalog: attachments of items (the author adds and removes them on a draft; staff who see the item
            // download them; the public those of a published or withdrawn item)
            roles("POST /office/catalog/items/{id}/attachments", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            roles("POST /office/catalog/items/{id}/attachments/{attachmentId}/remove", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM)
                    .id("attachmentId", Id.ATTACHMENT),
            roles(
                            "GET /office/catalog/items/{id}/attachments/{attachmentId}",
                            SUBMITTER,
                            DISCLOSURE_OFFICER,
                            CONFIDENTIALITY_REVIEWER,
                            APPROVING_LEADER)
                    .id("id", Id.CATALOG_ITEM)
                    .id("attachmentId", Id.ATTACHMENT),
            anyone("GET /agencies/{agencyId}/items/{itemId}/attachments/{attachmentId}")
                    .id("agencyId", Id.AGENCY)
                    .id("itemId", Id.PUBLISHED_ITEM)
                    .id("attachmentId", Id.PUBLISHED_ATTACHMENT),
            // catalog: corrections (更正) of published items, started by writers (the item refuses the rest), and
            // the superseded versions on the portal
            roles("POST /office/catalog/items/{id}/correct", SUBMITTER, DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM),
            anyone("GET /agencies/{agencyId}/items/{itemId}/versions/{version}")
                    .id("agencyId", Id.AGENCY)
                    .id("itemId", Id.PUBLISHED_ITEM)
                    .value("version", "1"),
            // catalog: the 规范性文件 register (published only) and the office's record of a repeal or expiry
            roles(
                    "GET /office/catalog/register",
                    SUBMITTER,
                    DISCLOSURE_OFFICER,
                    CONFIDENTIALITY_REVIEWER,
                    APPROVING_LEADER),
            anyone("GET /agencies/{agencyId}/register").id("agencyId", Id.AGENCY),
            roles("POST /office/catalog/items/{id}/validity", DISCLOSURE_OFFICER)
                    .id("id", Id.CATALOG_ITEM));

    /** The data a path variable is filled with: always agency A's. */
    enum Id {
        AGENCY(false, f -> f.agencyA.id()),
        DEPARTMENT(true, f -> f.departmentA.id()),
        PERSON(true, f -> f.personA.id()),
        ACTION_RECORD(true, f -> f.actionRecordA),
        REQUEST(true, f -> f.requestA),
        CATALOG_COLUMN(true, f -> f.catalogColumnA),
        CATALOG_ITEM(true, f -> f.catalogItemA),
        /** A's column and published item on the portal: public, so not scoped. */
        PUBLIC_COLUMN(false, f -> f.catalogColumnA),
        PUBLISHED_ITEM(false, f -> f.publishedItemA),
        ISSUED_LETTER(true, f -> f.issuedLetterA),
        APPEAL(true, f -> f.appealA),
        ATTACHMENT(true, f -> f.attachmentA),
        PUBLISHED_ATTACHMENT(false, f -> f.publishedAttachmentA);

        /** Whether the id names one agency's data: people of another agency must get 404. */
        final boolean scoped;

        final Function<TwoAgencies, Object> ofA;

        Id(boolean scoped, Function<TwoAgencies, Object> ofA) {
            this.scoped = scoped;
            this.ofA = ofA;
        }
    }

    enum Access {
        ANYONE,
        SIGNED_IN,
        ROLES
    }

    record Rule(
            String endpoint,
            Access access,
            Set<Role> roles,
            Map<String, Id> ids,
            Map<String, String> values,
            boolean statusCheck) {

        Rule id(String variable, Id id) {
            Map<String, Id> more = new LinkedHashMap<>(ids);
            more.put(variable, id);
            return new Rule(endpoint, access, roles, more, values, statusCheck);
        }

        Rule value(String variable, String value) {
            Map<String, String> more = new LinkedHashMap<>(values);
            more.put(variable, value);
            return new Rule(endpoint, access, roles, ids, more, statusCheck);
        }

        /** For endpoints whose status depends on how they were reached (the error page). */
        Rule noStatusCheck() {
            return new Rule(endpoint, access, roles, ids, values, false);
        }

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String pattern() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }

        boolean permits(GongkaiUser person) {
            return switch (access) {
                case ANYONE, SIGNED_IN -> true;
                case ROLES -> roles.stream().anyMatch(r -> person.has(r));
            };
        }

        boolean takesScopedId() {
            return ids.values().stream().anyMatch(id -> id.scoped);
        }

        boolean isApi() {
            return pattern().startsWith("/api/");
        }
    }

    static Rule anyone(String endpoint) {
        return new Rule(endpoint, Access.ANYONE, Set.of(), Map.of(), Map.of(), true);
    }

    static Rule signedIn(String endpoint) {
        return new Rule(endpoint, Access.SIGNED_IN, Set.of(), Map.of(), Map.of(), true);
    }

    static Rule roles(String endpoint, Role first, Role... more) {
        return new Rule(endpoint, Access.ROLES, EnumSet.of(first, more), Map.of(), Map.of(), true);
    }

    static Map<String, Rule> matrix(Rule... rules) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (m.put(r.endpoint(), r) != null) {
                throw new IllegalStateException("listed twice in MATRIX: " + r.endpoint());
            }
        }
        return m;
    }

    // ---------------------------------------------------------------------------------------------

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    TwoAgencies org;

    @BeforeAll
    void createTwoAgencies() {
        org = new TransactionTemplate(transactions)
                .execute(tx -> TwoAgencies.create(new TestOrganisation(context), jdbc));
        TestAttachments.store(context, org.attachmentContent());
    }

    /** Every mapped endpoint, as "METHOD /pattern", with the handler that serves it. */
    Map<String, String> endpoints() {
        Map<String, String> found = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = e.getKey();
                Set<String> methods = info.getMethodsCondition().getMethods().stream()
                        .map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods = Set.of("*");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        found.put(method + " " + pattern, e.getValue().getShortLogMessage());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Map<String, String> found = endpoints();
        List<String> problems = new ArrayList<>();
        found.forEach((endpoint, handler) -> {
            if (!MATRIX.containsKey(endpoint)) {
                problems.add("the endpoint \"" + endpoint + "\" (" + handler + ") is not in "
                        + "AuthorizationMatrixIntegrationTests.MATRIX: add a line saying who may use it, e.g. "
                        + "roles(\"" + endpoint + "\", Role.AGENCY_ADMIN)"
                        + (endpoint.contains("{") ? ".id(\"id\", Id.DEPARTMENT)" : "")
                        + " or signedIn(\"" + endpoint + "\")");
            }
        });
        MATRIX.keySet().stream()
                .filter(endpoint -> !found.containsKey(endpoint))
                .forEach(endpoint -> problems.add("MATRIX lists \"" + endpoint
                        + "\", which no controller maps any more: remove or correct that line"));
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) with the authorisation matrix:\n  " + String.join("\n  ", problems));
        }
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreSentToLogInExceptOnPublicEndpoints() {
        return MATRIX.values().stream()
                .filter(Rule::statusCheck)
                .map(rule -> DynamicTest.dynamicTest(rule.endpoint() + " · 匿名", () -> {
                    MockHttpServletResponse response = perform(rule, null);
                    if (rule.access() == Access.ANYONE) {
                        assertThat(response.getStatus())
                                .as("%s is public", rule.endpoint())
                                .isLessThan(400);
                    } else if (rule.isApi()) {
                        assertThat(response.getStatus())
                                .as("%s refuses anonymous callers", rule.endpoint())
                                .isIn(401, 403);
                    } else {
                        assertThat(response.getStatus())
                                .as("%s sends anonymous visitors to log in", rule.endpoint())
                                .isEqualTo(302);
                        assertThat(response.getRedirectedUrl())
                                .as("%s redirects anonymous visitors to the login page", rule.endpoint())
                                .endsWith("/login");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsWhatTheMatrixSaysAndNothingOfAnotherAgency() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : MATRIX.values()) {
            if (rule.access() == Access.ANYONE && !rule.statusCheck()) {
                continue;
            }
            for (Map.Entry<String, GongkaiUser> persona : personas().entrySet()) {
                tests.add(DynamicTest.dynamicTest(
                        rule.endpoint() + " · " + persona.getKey(), () -> walk(rule, persona.getValue())));
            }
        }
        return tests.stream();
    }

    private Map<String, GongkaiUser> personas() {
        Map<String, GongkaiUser> p = new LinkedHashMap<>();
        org.inA.forEach((role, user) -> p.put("甲局 " + role, user));
        org.inB.forEach((role, user) -> p.put("乙局 " + role, user));
        p.put("主管部门 SUPERVISOR", org.supervisor);
        p.put("平台 PLATFORM_ADMIN", org.platformAdmin);
        return p;
    }

    private boolean inA(GongkaiUser person) {
        return person.agencyId() == org.agencyA.id();
    }

    private boolean inB(GongkaiUser person) {
        return person.agencyId() == org.agencyB.id();
    }

    private void walk(Rule rule, GongkaiUser person) {
        boolean permitted = rule.permits(person);
        boolean seesEveryAgency = person.has(PLATFORM_ADMIN);
        boolean outsider = inB(person) && !seesEveryAgency;
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            String before = fingerprintOfA();
            MockHttpServletResponse response = perform(rule, person);
            int status = response.getStatus();
            String what = rule.endpoint() + " for " + person.username() + " " + person.roles();
            assertThat(response.getRedirectedUrl() == null
                            || !response.getRedirectedUrl().endsWith("/login"))
                    .as("%s: a signed-in person is not sent to the login page", what)
                    .isTrue();
            if (!permitted) {
                if (outsider && rule.takesScopedId()) {
                    assertThat(status)
                            .as("%s: refused (wrong role, another agency's id)", what)
                            .isIn(403, 404);
                } else {
                    assertThat(status).as("%s: wrong role", what).isEqualTo(403);
                }
            } else if (outsider && rule.takesScopedId()) {
                assertThat(status)
                        .as("%s: agency A's id, asked by agency B", what)
                        .isEqualTo(404);
            } else {
                assertThat(status).as("%s: permitted", what).isNotIn(401, 403);
                if (rule.statusCheck()) {
                    assertThat(status).as("%s: no server error", what).isLessThan(500);
                }
                if (inA(person) && rule.takesScopedId()) {
                    assertThat(status).as("%s: A's own id is found", what).isNotEqualTo(404);
                }
            }
            if (outsider) {
                String body = bodyText(response);
                for (String secret : org.secretsOfA()) {
                    assertThat(body)
                            .as("%s shows none of agency A's data", what)
                            .doesNotContain(secret);
                }
            }
            if (outsider || (!permitted && inA(person))) {
                entityManager.flush();
                assertThat(fingerprintOfA())
                        .as("%s changes nothing of agency A", what)
                        .isEqualTo(before);
            }
        });
    }

    private MockHttpServletResponse perform(Rule rule, GongkaiUser person) {
        String method = rule.method().equals("*") ? "GET" : rule.method();
        String url = url(rule);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.with(csrf());
        }
        if (person != null) {
            request.with(user(person));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(rule.endpoint() + " threw " + e, e);
        }
    }

    private String url(Rule rule) {
        String pattern = rule.pattern().replace("/**", "");
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String value;
            if (rule.ids().containsKey(variable)) {
                value = String.valueOf(rule.ids().get(variable).ofA.apply(org));
            } else if (rule.values().containsKey(variable)) {
                value = rule.values().get(variable);
            } else {
                throw new AssertionError(rule.endpoint() + ": say what fills {" + variable + "} with .id(\"" + variable
                        + "\", Id.…) or .value(\"" + variable + "\", \"…\")");
            }
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    /** The text a person would read: the body, or the cells of a workbook. */
    private static String bodyText(MockHttpServletResponse response) {
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType();
        if (type != null && type.contains("spreadsheetml")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                StringBuilder text = new StringBuilder();
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(cell.toString()).append('\t');
                        }
                        text.append('\n');
                    }
                }
                return text.toString();
            } catch (Exception e) {
                throw new AssertionError("unreadable workbook", e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8) + " "
                + response.getHeaderNames().stream()
                        .map(h -> h + ": " + response.getHeaders(h))
                        .collect(Collectors.joining("\n"));
    }

    /** Everything about agency A that a request of someone else must never change. */
    private String fingerprintOfA() {
        long a = org.agencyA.id();
        List<String> parts = new ArrayList<>();
        parts.addAll(jdbc.sql("SELECT name, short_name, credit_code, supervisor_id, version FROM agency WHERE id = :a")
                .param("a", a)
                .query((rs, n) -> Arrays.toString(
                        new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getLong(5)
                        }))
                .list());
        parts.addAll(jdbc.sql(
                        "SELECT id, name, disclosure_office, version FROM department WHERE agency_id = :a ORDER BY id")
                .param("a", a)
                .query((rs, n) ->
                        Arrays.toString(new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)}))
                .list());
        parts.addAll(jdbc.sql("""
                        SELECT p.id, p.username, p.display_name, p.password_hash, p.must_change_password, p.enabled,
                            p.department_id, p.version,
                            (SELECT COUNT(*) FROM person_role r WHERE r.person_id = p.id) AS roles
                        FROM person p WHERE p.agency_id = :a ORDER BY p.id
                        """)
                .param("a", a)
                .query((rs, n) -> Arrays.toString(new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getBoolean(6),
                    rs.getObject(7),
                    rs.getLong(8),
                    rs.getLong(9)
                }))
                .list());
        parts.addAll(jdbc.sql("SELECT index_template, version FROM agency_catalog WHERE agency_id = :a")
                .param("a", a)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
                .list());
        parts.addAll(jdbc.sql(
                        "SELECT id, name, parent_id, version FROM catalog_column WHERE agency_id = :a ORDER BY id")
                .param("a", a)
                .query((rs, n) ->
                        Arrays.toString(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getLong(4)}))
                .list());
        parts.addAll(jdbc.sql("""
                        SELECT id, state, title, index_number, version FROM catalog_item WHERE agency_id = :a ORDER BY id
                        """)
                .param("a", a)
                .query((rs, n) -> Arrays.toString(
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)}))
                .list());
        parts.addAll(jdbc.sql("SELECT kind, headline, body FROM letter_template WHERE agency_id = :a ORDER BY kind")
                .param("a", a)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list());
        parts.addAll(jdbc.sql("SELECT number_template FROM letter_numbering WHERE agency_id = :a")
                .param("a", a)
                .query(String.class)
                .list());
        parts.addAll(jdbc.sql("""
                        SELECT id, kind, case_number, result, decided_on, version FROM appeal WHERE agency_id = :a
                        ORDER BY id
                        """)
                .param("a", a)
                .query((rs, n) -> Arrays.toString(new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5), rs.getLong(6)
                }))
                .list());
        parts.addAll(jdbc.sql("""
                        SELECT COUNT(*) FROM appeal_history h JOIN appeal p ON p.id = h.appeal_id WHERE p.agency_id = :a
                        """)
                .param("a", a)
                .query((rs, n) -> "appeal history " + rs.getLong(1))
                .list());
        return String.join("\n", parts);
    }
}
