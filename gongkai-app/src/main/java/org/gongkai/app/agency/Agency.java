package org.gongkai.app.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An agency (行政机关) that publishes information and answers requests, or the supervising office
 * over agencies. Agencies point to their supervising office.
 */
@Entity
@Table(name = "agency")
class Agency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Column(nullable = false)
    private String name;

    private String shortName;

    /** 统一社会信用代码 (18) or 组织机构代码 (9), check digits verified on entry. */
    private String creditCode;

    private Long supervisorId;

    private boolean demo;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Agency() {}

    public Agency(AgencyKind kind, String name, String creditCode, Long supervisorId, OffsetDateTime createdAt) {
        this.kind = kind;
        this.name = name;
        this.creditCode = creditCode;
        this.supervisorId = supervisorId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public AgencyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String creditCode() {
        return creditCode;
    }

    public Long supervisorId() {
        return supervisorId;
    }

    public boolean demo() {
        return demo;
    }

    public Agency markDemo() {
        this.demo = true;
        return this;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** The platform administrator corrected the agency's name, short name, code or supervising office. */
    public void edit(String name, String shortName, String creditCode, Long supervisorId) {
        this.name = name;
        this.shortName = shortName;
        this.creditCode = creditCode;
        this.supervisorId = supervisorId;
    }

    public boolean isSupervisingOffice() {
        return kind == AgencyKind.SUPERVISING_OFFICE;
    }
}
