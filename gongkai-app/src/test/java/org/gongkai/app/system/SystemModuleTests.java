package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.gongkai.app.system.api.ActionRecordExported;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The system module on its own: taking a copy of the record of actions publishes {@link
 * ActionRecordExported} with who took it and how many rows, and the copy is itself recorded.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class SystemModuleTests {
    @Autowired
    ExportActionRecords export;

    @Test
    void exportingTheRecordPublishesActionRecordExported(Scenario scenario) {
        GongkaiUser platform = new GongkaiUser(
                -77, -77, true, "module-export", "导出人", "", Set.of(Role.PLATFORM_ADMIN), false, false, true);
        ActionRecordScope scope = ActionRecordScope.of(platform).orElseThrow();

        scenario.stimulate(() -> export.export(scope, ActionRecordFilter.NONE, platform, Locale.SIMPLIFIED_CHINESE))
                .andWaitForEventOfType(ActionRecordExported.class)
                .matching(e -> e.actor().name().contains("module-export"))
                .toArriveAndVerify(e -> {
                    assertThat(e.rows()).isGreaterThanOrEqualTo(0);
                    assertThat(e.agency().value()).isEqualTo(-77);
                    assertThat(e.summaryArguments()).containsExactly(e.rows());
                });
    }
}
