package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the catalog has a unique id with a known prefix, a severity, a title and a line in docs/rules.md. */
class RuleCatalogTests {

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rules.all()) {
            assertThat(ids.add(r.id())).as(r.id()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsComplete(Rule rule) throws IOException {
        assertThat(rule.id()).matches("(T2|T3|T4|DOC|TXT|YOY)\\.[A-Z][A-Z0-9_]*");
        assertThat(rule.severity()).isNotNull();
        assertThat(rule.title()).isNotBlank();
        assertThat(Rules.byId(rule.id())).containsSame(rule);
        String docs = Files.readString(docs());
        assertThat(docs).as("docs/rules.md documents " + rule.id()).contains("`" + rule.id() + "`");
    }

    private static Path docs() {
        for (Path p : new Path[] {Path.of("docs/rules.md"), Path.of("../docs/rules.md")}) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("docs/rules.md not found from " + Path.of("").toAbsolutePath());
    }
}
