package org.gongkai.app.system;

import java.time.OffsetDateTime;

/** One row of the record of actions as a reader sees it, with the agency's name joined in. */
record ActionRecordRow(
        long id,
        OffsetDateTime occurredAt,
        String actorName,
        String clientAddress,
        Long agencyId,
        String agencyName,
        String action,
        String subjectType,
        String subjectId,
        String summary,
        String before,
        String after,
        String reason) {}
