package org.gongkai.app.catalog;

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
 * (not those they submitted themselves), and their own items returned to them.
 */
@Component
class CatalogNotices implements OfficeNotices {
    private final CatalogItems items;

    CatalogNotices(CatalogItems items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeNotice> noticesFor(GongkaiUser user) {
        List<OfficeNotice> notices = new ArrayList<>();
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
