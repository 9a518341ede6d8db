package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTests {

    @Test
    void theBarSaysHowManyHowFastAndHowLongStill() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "审查中", 10_000);

        assertThat(bar.line(2_500, 2.0))
                .isEqualTo("审查中 [#######-----------------------] 2500/10000  1,250 份/秒  剩余 0:06");
        assertThat(bar.line(0, 0)).isEqualTo("审查中 [------------------------------] 0/10000");
    }

    @Test
    void timeLeftInMinutesOrHours() {
        assertThat(ProgressBar.clock(59.6)).isEqualTo("1:00");
        assertThat(ProgressBar.clock(3_725)).isEqualTo("1:02:05");
    }
}
