package org.gongkai.app.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who applied (条例第二十九条（一）): kind, name, identity document and contact. The identity number is
 * kept only masked (to show) and as a keyed hash (to recognise the same applicant), never in clear.
 */
@Embeddable
class Applicant {
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    private ApplicantKind kind;

    @Column(name = "applicant_name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_kind", nullable = false)
    private IdentityKind identityKind;

    @Column(name = "identity_masked", nullable = false)
    private String identityMasked;

    @Column(name = "identity_hash", nullable = false)
    private String identityHash;

    @Column(name = "contact", nullable = false)
    private String contact;

    protected Applicant() {}

    Applicant(
            ApplicantKind kind,
            String name,
            IdentityKind identityKind,
            String identityMasked,
            String identityHash,
            String contact) {
        this.kind = kind;
        this.name = name;
        this.identityKind = identityKind;
        this.identityMasked = identityMasked;
        this.identityHash = identityHash;
        this.contact = contact;
    }

    public ApplicantKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public IdentityKind identityKind() {
        return identityKind;
    }

    public String identityMasked() {
        return identityMasked;
    }

    String identityHash() {
        return identityHash;
    }

    public String contact() {
        return contact;
    }
}
