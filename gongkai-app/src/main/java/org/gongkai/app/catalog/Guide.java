package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an agency administrator wrote of the agency's 政府信息公开指南 (条例第十二条): its address, office
 * hours, telephone, how to apply, the fees and the remedies. A field left empty is generated from the
 * agency's data when the guide is shown ({@link GuideText}).
 */
@Entity
@Table(name = "catalog_guide")
class Guide {
    @Id
    private Long agencyId;

    private String address;
    private String officeHours;
    private String phone;
    private String howToApply;
    private String fees;
    private String remedies;

    @Column(nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Guide() {}

    Guide(long agencyId, OffsetDateTime now) {
        this.agencyId = agencyId;
        this.updatedAt = now;
    }

    void change(GuideForm.Checked c, OffsetDateTime now) {
        address = c.address();
        officeHours = c.officeHours();
        phone = c.phone();
        howToApply = c.howToApply();
        fees = c.fees();
        remedies = c.remedies();
        updatedAt = now;
    }

    /** The fields as the record of actions shows them (null: generated). */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("guideAddress", address);
        fields.put("guideOfficeHours", officeHours);
        fields.put("guidePhone", phone);
        fields.put("guideHowToApply", howToApply);
        fields.put("guideFees", fees);
        fields.put("guideRemedies", remedies);
        return fields;
    }

    public String address() {
        return address;
    }

    public String officeHours() {
        return officeHours;
    }

    public String phone() {
        return phone;
    }

    public String howToApply() {
        return howToApply;
    }

    public String fees() {
        return fees;
    }

    public String remedies() {
        return remedies;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
