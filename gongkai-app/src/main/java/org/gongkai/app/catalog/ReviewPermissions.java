package org.gongkai.app.catalog;

import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Permission;

/** Which permission takes each step of the 三审 chain. */
final class ReviewPermissions {
    private ReviewPermissions() {}

    static Permission of(ReviewStep step) {
        return switch (step) {
            case OFFICE_REVIEW -> Permission.REVIEW_CATALOG_ITEMS;
            case CONFIDENTIALITY_REVIEW -> Permission.REVIEW_CONFIDENTIALITY;
            case LEADER_APPROVAL -> Permission.APPROVE_CATALOG_ITEMS;
        };
    }
}
