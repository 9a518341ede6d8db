package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.OfficeNotice;
import org.gongkai.app.system.api.OfficeNotices;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/**
 * What the office home tells the disclosure office about its cases: how many are still recorded as pending
 * although the statutory period for deciding them has passed ({@link AppealProperties}) — most likely a
 * decision arrived and was not recorded, and table 4 would count it as 尚未审结.
 */
@Component
class AppealNotices implements OfficeNotices {
    private final Appeals appeals;
    private final AppealProperties periods;
    private final Clock clock;

    AppealNotices(Appeals appeals, AppealProperties periods, Clock clock) {
        this.appeals = appeals;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    public List<OfficeNotice> noticesFor(GongkaiUser user) {
        if (!user.may(Permission.HANDLE_REQUESTS)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        long overdue = appeals.findByAgencyIdAndResult(user.agencyId(), AppealResult.PENDING).stream()
                .filter(a -> today.isAfter(periodEnds(a)))
                .count();
        if (overdue == 0) {
            return List.of();
        }
        return List.of(new OfficeNotice(
                "appeal.notice.overdue",
                List.of(String.valueOf(overdue)),
                "/office/appeals?pending=true",
                "appeal.notice.open"));
    }

    /** The last day of the period a case of this kind is normally decided in. */
    LocalDate periodEnds(Appeal appeal) {
        return appeal.kind().litigation()
                ? appeal.filedOn().plusMonths(periods.litigationMonths())
                : appeal.filedOn().plusDays(periods.reconsiderationDays());
    }
}
