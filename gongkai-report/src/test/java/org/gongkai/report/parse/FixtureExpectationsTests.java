package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.report.json.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every own fixture under {@code src/test/resources/text/}, {@code html/} and {@code pdf/} is read and compared
 * with the {@code .expected.json} beside it ({@code gongkai.annual-report/1}, see
 * {@code ../shared/docs/report-json.md}): every key the expected file holds must be read exactly so —
 * agency, year, edition, every cell of tables 2–4, the sections, and the findings (each field an
 * expected finding names). A fixture without its expected file fails the build.
 */
class FixtureExpectationsTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("text", "html", "pdf", "doc")) {
            Path dir = Path.of(
                    FixtureExpectationsTests.class.getResource("/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> folder + "/" + p.getFileName())
                        .filter(n ->
                                n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".pdf") || n.endsWith(".doc"))
                        .sorted()
                        .forEach(names::add);
            }
        }
        return names.stream();
    }

    /** Reads an own fixture by its name under the test resources ({@code text/…}, {@code html/…}, {@code pdf/…}, {@code doc/…}). */
    static ParsedReport read(String name) throws IOException {
        try (var in = FixtureExpectationsTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return ReportReaders.read(name.substring(name.indexOf('/') + 1), in.readAllBytes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsExpected(String name) throws IOException {
        String expectedName = name.substring(0, name.lastIndexOf('.')) + ".expected.json";
        JsonNode expected;
        try (var in = FixtureExpectationsTests.class.getResourceAsStream("/" + expectedName)) {
            assertThat(in).as("every fixture has its " + expectedName).isNotNull();
            expected = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(expected.path("schema").asText()).isEqualTo(ReportJson.SCHEMA);
        SoftAssertions soft = new SoftAssertions();
        ParsedReport parsed = read(name);
        JsonNode actual = JSON.readTree(ReportJson.write(parsed.report(), parsed.findings(), name));
        for (Iterator<String> keys = expected.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.equals("findings")) {
                assertFindings(soft, name, expected.get(key), actual.path(key));
            } else if (key.startsWith("table")) {
                assertTable(soft, name + " " + key, expected.get(key), actual.path(key));
            } else if (!key.equals("source")) {
                soft.assertThat(actual.get(key)).as(name + " " + key).isEqualTo(expected.get(key));
            }
        }
        soft.assertAll();
    }

    /** Compares a table cell by cell, so that a failure names the cell. */
    private static void assertTable(SoftAssertions soft, String where, JsonNode expected, JsonNode actual) {
        if (!expected.isObject()) {
            soft.assertThat(actual).as(where).isEqualTo(expected);
            return;
        }
        if (actual == null || !actual.isObject()) {
            soft.fail(where + " not read");
            return;
        }
        soft.assertThat(fieldNames(actual))
                .as(where + " keys")
                .containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        for (String key : fieldNames(expected)) {
            JsonNode e = expected.get(key);
            if (actual.get(key) == null) {
                soft.fail(where + " " + key + " not read");
            } else if (e.isObject()) {
                assertTable(soft, where + " " + key, e, actual.get(key));
            } else if (e.isArray()) {
                soft.assertThat(actual.get(key)).as(where + " " + key).hasSize(e.size());
                for (int i = 0; i < e.size(); i++) {
                    assertCell(
                            soft,
                            where + " " + key + "[" + i + "]",
                            e.get(i),
                            actual.get(key).get(i));
                }
            } else {
                assertCell(soft, where + " " + key, e, actual.get(key));
            }
        }
    }

    private static void assertCell(SoftAssertions soft, String where, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual != null && actual.isNumber()) {
            soft.assertThat(actual.decimalValue()).as(where).isEqualByComparingTo(expected.decimalValue());
        } else {
            soft.assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    /** The findings in order, each field an expected finding names compared. */
    private static void assertFindings(SoftAssertions soft, String name, JsonNode expected, JsonNode actual) {
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            JsonNode e = expected.path(i);
            JsonNode a = actual.path(i);
            List<String> fields = e.isMissingNode() ? List.of("rule", "where") : fieldNames(e);
            StringBuilder w = new StringBuilder();
            StringBuilder g = new StringBuilder();
            for (String f : fields) {
                w.append(f).append('=').append(e.path(f)).append(' ');
                g.append(f).append('=').append(a.path(f)).append(' ');
            }
            want.add(w.toString().strip());
            got.add(g.toString().strip());
        }
        soft.assertThat(got).as(name + " findings").containsExactlyElementsOf(want);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
