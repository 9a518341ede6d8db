package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.app.catalog.api.ReviewStep;

/**
 * An agency's catalog settings: the template of its 索引号 and which steps of the 三审 chain apply to
 * the items it publishes. Made once per agency, with the default columns ({@link OpenCatalog}).
 */
@Entity
@Table(name = "agency_catalog")
class AgencyCatalog {
    @Id
    private Long agencyId;

    @Column(nullable = false)
    private String indexTemplate;

    private boolean officeReview;
    private boolean confidentialityReview;
    private boolean leaderApproval;

    /** Whether its items are invented demo data ({@link DemoCatalog}); the portal says so. */
    private boolean demo;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected AgencyCatalog() {}

    Long agencyId() {
        return agencyId;
    }

    public boolean demo() {
        return demo;
    }

    void markDemo() {
        this.demo = true;
    }

    String indexTemplate() {
        return indexTemplate;
    }

    /** The steps an item submitted now passes, in order. */
    Set<ReviewStep> steps() {
        Set<ReviewStep> steps = EnumSet.noneOf(ReviewStep.class);
        if (officeReview) {
            steps.add(ReviewStep.OFFICE_REVIEW);
        }
        if (confidentialityReview) {
            steps.add(ReviewStep.CONFIDENTIALITY_REVIEW);
        }
        if (leaderApproval) {
            steps.add(ReviewStep.LEADER_APPROVAL);
        }
        return steps;
    }

    void change(String indexTemplate, Set<ReviewStep> steps) {
        this.indexTemplate = indexTemplate;
        this.officeReview = steps.contains(ReviewStep.OFFICE_REVIEW);
        this.confidentialityReview = steps.contains(ReviewStep.CONFIDENTIALITY_REVIEW);
        this.leaderApproval = steps.contains(ReviewStep.LEADER_APPROVAL);
    }

    /** The settings as the record of actions shows them. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("indexTemplate", indexTemplate);
        fields.put("reviewSteps", steps().stream().toList());
        return fields;
    }
}
