package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.app.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search benchmark's harness on 1,000 items, briefly (timings are not asserted: tests assert
 * behaviour): every engine finds items for every query of the mix, and the application's search and raw
 * Lucene agree on how many items each query finds.
 */
@ExtendWith(PostgresAvailable.class)
class SearchBenchmarkTests {

    @Test
    void everyEngineFindsItemsForEveryQueryOfTheMix() throws Exception {
        String database = "gongkai_bench_test_" + ProcessHandle.current().pid();
        Path index = Files.createTempDirectory("gongkai-bench-index");
        try {
            SearchBenchmark.Report report = SearchBenchmark.run(
                    new SearchBenchmark.Options(1000, 7, database, index, 5, 20, 20, 2, 0.2, false));

            assertThat(report.results())
                    .extracting(BenchTimings.Result::name)
                    .containsExactly(
                            "application CatalogSearch",
                            "Hibernate Search, ids only",
                            "raw Lucene IndexSearcher",
                            "SQL LIKE '%word%'");
            assertThat(report.results()).allSatisfy(r -> assertThat(r.minHits()).isPositive());
            assertThat(report.indexBytes()).isPositive();
            assertThat(report.disagreements()).isEmpty();
        } finally {
            SearchBenchmark.drop(database);
            SearchIndex.deleteTree(index);
        }
    }
}
