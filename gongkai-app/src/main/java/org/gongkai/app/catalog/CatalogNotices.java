package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.OfficeNotice;
import org.gongkai.app.system.api.OfficeNotices;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office home's catalog notices: items waiting at the signed-in person's step of the 三审 chain
 * (not those they submitted themselves), their own items returned to them, and for the disclosure office
 * the items about to pass, or past, the 20 working days of 条例第二十六条; for the office and the agency
 * administrator, the columns gone longer than their update interval without a new item.
 */
@Component
class CatalogNotices implements OfficeNotices {
    /** How far ahead the office is warned of items about to pass the 条例第二十六条 deadline. */
    static final int DUE_WITHIN_DAYS = 7;

    private final CatalogItems items;
    private final CatalogColumns columns;
    private final ColumnFreshness freshness;
    private final Clock clock;

    CatalogNotices(CatalogItems items, CatalogColumns columns, ColumnFreshness freshness, Clock clock) {
        this.items = items;
        this.columns = columns;
        this.freshness = freshness;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeNotice> noticesFor(GongkaiUser user) {
        List<OfficeNotice> notices = new ArrayList<>();
        if (user.may(Permission.MANAGE_CATALOG) || user.may(Permission.REVIEW_CATALOG_ITEMS)) {
            long stale = freshness
                    .of(
                            user.agencyId(),
                            columns.findByAgencyIdOrderByPositionAscIdAsc(user.agencyId()),
                            LocalDate.now(clock),
                            clock.getZone())
                    .values()
                    .stream()
                    .filter(ColumnFreshness.Freshness::stale)
                    .count();
            if (stale > 0) {
                notices.add(
                        user.may(Permission.MANAGE_CATALOG)
                                ? new OfficeNotice(
                                        "catalog.notice.stale",
                                        List.of(Long.toString(stale)),
                                        "/office/catalog/columns",
                                        "catalog.notice.open")
                                : new OfficeNotice("catalog.notice.stale", List.of(Long.toString(stale)), null, null));
            }
        }
        if (!user.may(Permission.USE_CATALOG)) {
            return notices;
        }
        long waiting = items
                .findTop200ByAgencyIdAndStateInOrderByUpdatedAtAsc(
                        user.agencyId(),
                        EnumSet.of(
                                ItemState.OFFICE_REVIEW, ItemState.CONFIDENTIALITY_REVIEW, ItemState.LEADER_APPROVAL))
                .stream()
                .filter(i -> i.awaits(user))
                .count();
        if (waiting > 0) {
            notices.add(new OfficeNotice(
                    "catalog.notice.waiting",
                    List.of(Long.toString(waiting)),
                    "/office/catalog/items",
                    "catalog.notice.open"));
        }
        if (user.may(Permission.REVIEW_CATALOG_ITEMS)) {
            LocalDate today = LocalDate.now(clock);
            List<CatalogItem> due =
                    items.findTop100ByAgencyIdAndStateInAndPublishDeadlineLessThanEqualOrderByPublishDeadlineAsc(
                            user.agencyId(), ItemState.SUBMITTED_UNPUBLISHED, today.plusDays(DUE_WITHIN_DAYS));
            long late = due.stream()
                    .filter(i -> i.publishDeadline().isBefore(today))
                    .count();
            if (!due.isEmpty()) {
                notices.add(new OfficeNotice(
                        "catalog.notice.due",
                        List.of(Integer.toString(due.size()), Integer.toString(DUE_WITHIN_DAYS), Long.toString(late)),
                        "/office/catalog/items",
                        "catalog.notice.open"));
            }
        }
        long returned = items.countByAgencyIdAndAuthorIdAndState(user.agencyId(), user.personId(), ItemState.RETURNED);
        if (returned > 0) {
            notices.add(new OfficeNotice(
                    "catalog.notice.returned",
                    List.of(Long.toString(returned)),
                    "/office/catalog/items",
                    "catalog.notice.open"));
        }
        return notices;
    }
}
