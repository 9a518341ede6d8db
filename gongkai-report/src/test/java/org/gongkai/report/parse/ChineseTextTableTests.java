package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Traditional→Simplified pairs ChineseText reads from its resource are still OpenCC's: a new OpenCC
 * that maps differently fails here, and the file to commit is written to target/.
 */
class ChineseTextTableTests {

    @Test
    void theResourceHoldsOpenCcsPairs() throws IOException {
        String expected = ChineseText.openCcPairs();
        String resource;
        try (InputStream in = ChineseText.class.getResourceAsStream(ChineseText.PAIRS_RESOURCE)) {
            assertThat(in).as(ChineseText.PAIRS_RESOURCE).isNotNull();
            resource = ChineseText.pairsOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!resource.equals(expected)) {
            Path fresh = Path.of("target", ChineseText.PAIRS_RESOURCE);
            Files.writeString(fresh, expected + "\n", StandardCharsets.UTF_8);
            assertThat(resource)
                    .as("OpenCC maps differently: copy the pairs in " + fresh.toAbsolutePath()
                            + " into src/main/resources/org/gongkai/report/parse/ (keep the comment lines)")
                    .isEqualTo(expected);
        }
        assertThat(ChineseText.tableOf(resource)).isEqualTo(ChineseText.tableOf(expected));
        assertThat(ChineseText.normalize("規範性文件")).isEqualTo("规范性文件");
    }
}
