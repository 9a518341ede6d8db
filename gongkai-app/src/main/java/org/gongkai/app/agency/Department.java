package org.gongkai.app.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A department (内设机构) of an agency; one of them may be its disclosure office. */
@Entity
@Table(name = "department")
class Department {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String name;

    private boolean disclosureOffice;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Department() {}

    public Department(Long agencyId, String name, boolean disclosureOffice, OffsetDateTime createdAt) {
        this.agencyId = agencyId;
        this.name = name;
        this.disclosureOffice = disclosureOffice;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public boolean disclosureOffice() {
        return disclosureOffice;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void markDisclosureOffice(boolean disclosureOffice) {
        this.disclosureOffice = disclosureOffice;
    }
}
