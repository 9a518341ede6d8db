package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国办函〔2020〕109号 第四、五条 with domain-spec §4.3's test vectors, and properties over many inputs. */
class ProcessingFeesTests {
    final ProcessingFees fees = new ProcessingFees(FeeSchedule.national());

    @ParameterizedTest
    @CsvSource({"1,0", "10,0", "11,100", "30,100", "31,200", "40,200", "41,300", "50,300", "51,400", "61,500"})
    void theKthCaseOfAMonth(int k, long fee) {
        assertThat(fees.perCase(k)).isEqualTo(fee);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "30,0", "31,10", "100,700", "101,720", "200,2700", "201,2740", "2219,83460"})
    void pages(int pages, long fee) {
        // 2219 pages → 83,460 元: a real fee notice reported in the press (70×10 + 100×20 + 2019×40)
        assertThat(fees.byPages(pages)).isEqualTo(fee);
    }

    @Test
    void casesAccumulateOverTheMonth() {
        assertThat(fees.byCases(0, 10)).isZero();
        assertThat(fees.byCases(9, 2)).isEqualTo(100); // the 10th is free, the 11th costs 100
        assertThat(fees.byCases(0, 31)).isEqualTo(20 * 100 + 200);
        assertThat(fees.byCases(28, 5)).isEqualTo(100 + 100 + 200 + 200 + 200);
    }

    /** Seeded properties: splitting an application's cases never changes the total, and fees never fall. */
    @Test
    void splittingAndOrderDoNotChangeWhatTheMonthCosts() {
        Random random = new Random(20201117);
        for (int run = 0; run < 2_000; run++) {
            int earlier = random.nextInt(80);
            int a = 1 + random.nextInt(20);
            int b = 1 + random.nextInt(20);
            assertThat(fees.byCases(earlier, a) + fees.byCases(earlier + a, b))
                    .as("seed run %d: %d earlier, %d then %d", run, earlier, a, b)
                    .isEqualTo(fees.byCases(earlier, a + b));
            int k = 1 + random.nextInt(200);
            assertThat(fees.perCase(k + 1)).isGreaterThanOrEqualTo(fees.perCase(k));
            int p = random.nextInt(5_000);
            assertThat(fees.byPages(p + 1) - fees.byPages(p)).isIn(0L, 10L, 20L, 40L);
        }
    }

    @Test
    void aProvinceMayChangeTheSchedule() {
        ProcessingFees cheaper = new ProcessingFees(new FeeSchedule(20, 40, 50, 10, 50, 50, 100, 5, 200, 10, 20, true));
        assertThat(cheaper.perCase(20)).isZero();
        assertThat(cheaper.perCase(21)).isEqualTo(50);
        assertThat(cheaper.perCase(41)).isEqualTo(100);
        assertThat(cheaper.byPages(60)).isEqualTo(50);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> fees.perCase(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fees.byPages(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fees.byCases(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
