package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 索引号 template: the national model's default and the per-agency variants of domain-spec §6.2. */
class IndexTemplateTests {

    @Test
    void theDefaultIsTheNationalModelsPrefixSlashYearDashFiveDigits() {
        assertThat(IndexTemplate.format(IndexTemplate.DEFAULT, "000014349", LocalDate.of(2017, 3, 1), 110))
                .isEqualTo("000014349/2017-00110");
        assertThat(IndexTemplate.format(IndexTemplate.DEFAULT, "11441700007280420Y", LocalDate.of(2021, 1, 5), 50))
                .isEqualTo("11441700007280420Y/2021-00050");
    }

    @Test
    void variantsSeenInProductionCanBeWritten() {
        assertThat(IndexTemplate.format(
                        "{code}/{YYYY}{MM}-{NNNNN}", "11341702486344515H", LocalDate.of(2021, 10, 9), 13))
                .isEqualTo("11341702486344515H/202110-00013");
        assertThat(IndexTemplate.format("{code}-{YYYY}-{NNNNNN}", "01527918X", LocalDate.of(2020, 6, 1), 153077))
                .isEqualTo("01527918X-2020-153077");
        assertThat(IndexTemplate.problem("{code}/{YYYY}{MM}-{NNNNN}")).isNull();
    }

    @Test
    void aTemplateWithoutYearOrSequenceCannotBeUnique() {
        assertThat(IndexTemplate.problem("")).isEqualTo("catalog.indexTemplate.required");
        assertThat(IndexTemplate.problem("{code}/{NNNNN}")).isEqualTo("catalog.indexTemplate.tokens");
        assertThat(IndexTemplate.problem("{code}/{YYYY}")).isEqualTo("catalog.indexTemplate.tokens");
        assertThat(IndexTemplate.problem("{code}/{YYYY}-{NNNNN}-{NNN}")).isEqualTo("catalog.indexTemplate.tokens");
        assertThat(IndexTemplate.problem("{code}/{YYYY}-{NN}")).isEqualTo("catalog.indexTemplate.digits");
        assertThat(IndexTemplate.problem("{code}（{YYYY}）{NNNNN}")).isEqualTo("catalog.indexTemplate.characters");
        assertThat(IndexTemplate.problem("{code}/{YYYY}-{NNNNN}<script>"))
                .isEqualTo("catalog.indexTemplate.characters");
    }
}
