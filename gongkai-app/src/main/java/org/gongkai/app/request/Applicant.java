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

    /** The full contact: for the handling staff only, through {@link ViewApplicantContact} (recorded). */
    String contact() {
        return contact;
    }

    /**
     * The contact as lists and pages show it: each part ("电话：…；地址：…") keeps its label, and of its value the
     * first character and the last two (a phone's area, an address's first word, a mailbox's initial).
     */
    public String contactMasked() {
        StringBuilder out = new StringBuilder();
        for (String part : contact.split("(?<=[；;])")) {
            int wide = part.indexOf('：');
            int narrow = part.indexOf(':');
            int colon = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
            String label = part.substring(0, colon + 1);
            String value = part.substring(colon + 1);
            String end = value.endsWith("；") || value.endsWith(";") ? value.substring(value.length() - 1) : "";
            value = value.substring(0, value.length() - end.length());
            out.append(label).append(mask(value)).append(end);
        }
        return out.toString();
    }

    private static String mask(String value) {
        int n = value.codePointCount(0, value.length());
        if (n <= 4) {
            return "*".repeat(n);
        }
        int[] cps = value.codePoints().toArray();
        return new String(cps, 0, 1) + "*".repeat(Math.min(n - 3, 8)) + new String(cps, n - 2, 2);
    }
}
