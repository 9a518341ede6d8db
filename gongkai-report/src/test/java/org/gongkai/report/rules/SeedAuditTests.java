package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReportReaders;
import org.junit.jupiter.api.Test;

/** The seed (达州市商务局 2020, Traditional, all-zero tables, 三、四、五 headings lost) read by the parser and audited. */
class SeedAuditTests {

    @Test
    void seedHasNoRuleErrorAndThreeMissingSections() {
        Path seed = SharedFiles.resolve("seed/000_7364606721a9d05b.txt").orElse(null);
        assumeTrue(seed != null, "../shared/seed is absent");
        ParsedReport parsed = ReportReaders.read(seed);
        List<Finding> rules = new Auditor().audit(parsed.report(), null);
        rules.forEach(f -> System.out.println(f.severity().code() + " " + f.rule() + " — " + f.message()));
        assertThat(rules).noneMatch(f -> f.severity() == org.gongkai.report.Severity.ERROR);
        assertThat(rules)
                .filteredOn(f -> f.rule().equals("DOC.SECTION_MISSING"))
                .hasSize(3);
        assertThat(rules).noneMatch(f -> f.rule().startsWith("TXT."));
        List<Finding> all = new Auditor().audit(parsed, null);
        assertThat(all.subList(0, parsed.findings().size())).isEqualTo(parsed.findings());
    }
}
