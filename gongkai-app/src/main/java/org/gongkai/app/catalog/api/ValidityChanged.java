package org.gongkai.app.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * The disclosure office recorded that a published 规范性文件 was repealed (废止) or expired (失效) on {@code
 * changedOn}, with a reason; table 2's first block counts it ({@link NormativeDocumentCount}).
 */
public record ValidityChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        String documentNumber,
        String validityBefore,
        String validityAfter,
        LocalDate changedOn,
        String changeReason)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return List.of(title, documentNumber == null ? "" : documentNumber);
    }

    @Override
    public String reason() {
        return changeReason;
    }

    @Override
    public Map<String, Object> before() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("validity", validityBefore);
        return before;
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("validity", validityAfter);
        after.put("validityChangedOn", changedOn.toString());
        return after;
    }
}
