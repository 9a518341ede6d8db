package org.gongkai.app.security;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object mother for authorisation tests: a supervising office with two agencies A and B under it,
 * each with a department, a person per role (one role each), a supervisor in the office, a platform
 * administrator, and one record of actions about A. Names carry a unique suffix, so the fixture can
 * be committed next to other tests' data; the strings that must never leak out of A are listed in
 * {@link #secretsOfA()}.
 */
final class TwoAgencies {
    final String suffix;
    final TestOrganisation.AgencyRef office;
    final TestOrganisation.AgencyRef agencyA;
    final TestOrganisation.AgencyRef agencyB;
    final TestOrganisation.DepartmentRef departmentA;
    final TestOrganisation.DepartmentRef departmentB;
    final Map<Role, GongkaiUser> inA;
    final Map<Role, GongkaiUser> inB;
    final GongkaiUser supervisor;
    final GongkaiUser platformAdmin;
    final TestOrganisation.PersonRef personA;
    final long actionRecordA;
    final long requestA;
    final long catalogColumnA;
    final long catalogItemA;
    final long publishedItemA;
    /** Attachments of the item under review and of the published item (files: {@link #attachmentContent()}). */
    final long attachmentA;

    final long publishedAttachmentA;
    final long issuedLetterA;
    final long appealA;

    private TwoAgencies(TestOrganisation org, JdbcClient jdbc) {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        office = org.supervisingOffice("测试公开办" + suffix);
        agencyA = org.agencyUnder("测试甲局" + suffix, office);
        agencyB = org.agencyUnder("测试乙局" + suffix, office);
        departmentA = org.department(agencyA, "甲局机密科" + suffix, true);
        departmentB = org.department(agencyB, "乙局综合科" + suffix, true);
        inA = new EnumMap<>(Role.class);
        inB = new EnumMap<>(Role.class);
        Map<Role, TestOrganisation.PersonRef> peopleOfA = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            peopleOfA.put(role, person(org, agencyA, departmentA, "a", role));
            inA.put(role, peopleOfA.get(role).principal());
            inB.put(role, person(org, agencyB, departmentB, "b", role).principal());
        }
        supervisor = person(org, office, null, "office", Role.SUPERVISOR).principal();
        platformAdmin =
                person(org, office, null, "platform", Role.PLATFORM_ADMIN).principal();
        personA = peopleOfA.get(Role.SUBMITTER);
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_name, agency_id, action, subject_type, subject_id,
                            summary, before_state, after_state, reason)
                        VALUES (:at, :actor, :agency, 'DepartmentCreated', 'department', :subject, :summary, NULL,
                            :after, :reason)
                        """)
                .param("at", now)
                .param("actor", "甲局管理员" + suffix)
                .param("agency", agencyA.id())
                .param("subject", Long.toString(departmentA.id()))
                .param("summary", "甲局新建内设机构" + suffix)
                .param("after", departmentA.name())
                .param("reason", "甲局的理由" + suffix)
                .update();
        requestA = requestOf(jdbc, agencyA.id(), "甲局申请人" + suffix, now);
        actionRecordA = jdbc.sql("SELECT id FROM action_record WHERE summary = :s")
                .param("s", "甲局新建内设机构" + suffix)
                .query(Long.class)
                .single();
        long[] catalog = catalogOfA(jdbc, now);
        catalogColumnA = catalog[0];
        catalogItemA = catalog[1];
        publishedItemA = catalog[2];
        attachmentA = attachmentOf(jdbc, catalogItemA, "甲局待审附件" + suffix + ".png", now);
        publishedAttachmentA = attachmentOf(jdbc, publishedItemA, "已公开附件.png", now);
        issuedLetterA = letterOfA(jdbc, now);
        appealA = appealOf(jdbc, agencyA.id(), requestA, now);
    }

    /** The bytes of A's attachments' file (the walk serves it as stored; the matrix keeps it on disk). */
    byte[] attachmentContent() {
        return ("甲局附件" + suffix).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long attachmentOf(JdbcClient jdbc, long item, String name, OffsetDateTime now) {
        String sha;
        try {
            sha = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(attachmentContent()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("""
                        INSERT INTO catalog_attachment (item_id, agency_id, original_name, media_type, size_bytes, sha256,
                            text, uploaded_by, uploaded_at)
                        VALUES (:item, :a, :name, 'image/png', :size, :sha, NULL, :by, :now)
                        """)
                .param("item", item)
                .param("a", agencyA.id())
                .param("name", name)
                .param("size", attachmentContent().length)
                .param("sha", sha)
                .param("by", inA.get(Role.SUBMITTER).personId())
                .param("now", now)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM catalog_attachment WHERE item_id = :item")
                .param("item", item)
                .query(Long.class)
                .single();
    }

    /** A letter issued by A (its files need not be real for the walk: they are served as stored). */
    private long letterOfA(JdbcClient jdbc, OffsetDateTime now) {
        byte[] file = ("甲局文书" + suffix).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql("""
                        INSERT INTO issued_letter (agency_id, kind, letter_year, sequence_number, document_number,
                            headline, issued_on, tracking_number, addressee, docx, docx_sha256, pdf, pdf_sha256,
                            issued_at)
                        VALUES (:a, 'RECEIPT', 2026, 1, :number, '受理回执', :today, NULL, :addressee, :file, :sha,
                            :file, :sha, :now)
                        """)
                .param("a", agencyA.id())
                .param("number", "甲局文号" + suffix)
                .param("today", now.toLocalDate())
                .param("addressee", "甲局申请人" + suffix)
                .param("file", file)
                .param("sha", "0".repeat(64))
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM issued_letter WHERE agency_id = :a")
                .param("a", agencyA.id())
                .query(Long.class)
                .single();
    }

    /** A's catalog, made by hand so that no request opens it: a column, an item under review, a published item. */
    private long[] catalogOfA(JdbcClient jdbc, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO agency_catalog (agency_id, index_template, office_review, confidentiality_review,
                            leader_approval, created_at, version)
                        VALUES (:a, '{code}/{YYYY}-{NNNNN}', TRUE, TRUE, TRUE, :now, 0)
                        """).param("a", agencyA.id()).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO catalog_column (agency_id, name, article_item, update_interval_days, position, created_at)
                        VALUES (:a, :name, 1, 183, 0, :now)
                        """)
                .param("a", agencyA.id())
                .param("name", "甲局政策文件" + suffix)
                .param("now", now)
                .update();
        long column = jdbc.sql("SELECT id FROM catalog_column WHERE agency_id = :a")
                .param("a", agencyA.id())
                .query(Long.class)
                .single();
        long author = inA.get(Role.SUBMITTER).personId();
        String insert = """
                INSERT INTO catalog_item (agency_id, column_id, state, title, publisher, formed_on, published_on,
                    validity, disclosure_mode, body, index_number, author_id, submitted_by, submitted_at, created_at,
                    updated_at)
                VALUES (:a, :column, :state, :title, '测试甲局', :today, :published, 'IN_FORCE', 'PROACTIVE',
                    :body, :number, :author, :author, :now, :now, :now)
                """;
        jdbc.sql(insert)
                .param("a", agencyA.id())
                .param("column", column)
                .param("state", "OFFICE_REVIEW")
                .param("title", "甲局待审信息" + suffix)
                .param("today", now.toLocalDate())
                .param("published", null, java.sql.Types.DATE)
                .param("body", "<p>甲局待审正文" + suffix + "</p>")
                .param("number", null, java.sql.Types.VARCHAR)
                .param("author", author)
                .param("now", now)
                .update();
        jdbc.sql(insert)
                .param("a", agencyA.id())
                .param("column", column)
                .param("state", "PUBLISHED")
                .param("title", "甲局已公开信息")
                .param("today", now.toLocalDate())
                .param("published", now.toLocalDate())
                .param("body", "<p>已公开正文</p>")
                .param("number", "000000000/2026-00001")
                .param("author", author)
                .param("now", now)
                .update();
        long review = jdbc.sql("SELECT id FROM catalog_item WHERE agency_id = :a AND state = 'OFFICE_REVIEW'")
                .param("a", agencyA.id())
                .query(Long.class)
                .single();
        long published = jdbc.sql("SELECT id FROM catalog_item WHERE agency_id = :a AND state = 'PUBLISHED'")
                .param("a", agencyA.id())
                .query(Long.class)
                .single();
        // a superseded version of the published item (更正前的第1版), for the portal's version page
        jdbc.sql("""
                        INSERT INTO catalog_item_version (item_id, agency_id, version_number, index_number, column_id,
                            title, publisher, formed_on, published_on, validity, disclosure_mode, body, superseded_on,
                            superseded_at, corrected_by, reason)
                        VALUES (:item, :a, 1, '000000000/2026-00001', :column, '甲局已公开信息（第1版）', '测试甲局',
                            :today, :today, 'IN_FORCE', 'PROACTIVE', '<p>第1版正文</p>', :today, :now, :author, '更正')
                        """)
                .param("item", published)
                .param("a", agencyA.id())
                .param("column", column)
                .param("today", now.toLocalDate())
                .param("now", now)
                .param("author", author)
                .update();
        jdbc.sql("UPDATE catalog_item SET version_number = 2, corrected_on = :today WHERE id = :item")
                .param("today", now.toLocalDate())
                .param("item", published)
                .update();
        return new long[] {column, review, published};
    }

    private static long requestOf(JdbcClient jdbc, long agency, String applicant, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO disclosure_request (agency_id, tracking_number, access_code_hash, channel,
                            applicant_kind, applicant_name, identity_kind, identity_masked, identity_hash, contact,
                            description, received_on, state, clock_starts_on, due_on, due_provisional, created_at)
                        VALUES (:agency, :tracking, '{noop}x', 'IN_PERSON', 'NATURAL_PERSON', :applicant, 'OTHER',
                            '****', :applicant, '13800000000', :applicant, DATE '2026-11-02', 'IN_PROCESS',
                            DATE '2026-11-02', DATE '2026-11-30', FALSE, :now)
                        """)
                .param("agency", agency)
                .param("tracking", "T-" + applicant.hashCode() + "-" + System.nanoTime())
                .param("applicant", applicant)
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM disclosure_request WHERE applicant_name = :a")
                .param("a", applicant)
                .query(Long.class)
                .single();
    }

    /** A's pending reconsideration case about its request, made by hand. */
    private long appealOf(JdbcClient jdbc, long agency, long request, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO appeal (agency_id, kind, request_id, filed_on, body, case_number, result, note,
                            created_at)
                        VALUES (:agency, 'RECONSIDERATION', :request, DATE '2026-11-20', :body, :number, 'PENDING',
                            :note, :now)
                        """)
                .param("agency", agency)
                .param("request", request)
                .param("body", "甲局复议机关" + suffix)
                .param("number", "甲局复议案号" + suffix)
                .param("note", "甲局案件备注" + suffix)
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM appeal WHERE agency_id = :a")
                .param("a", agency)
                .query(Long.class)
                .single();
    }

    static TwoAgencies create(TestOrganisation org, JdbcClient jdbc) {
        return new TwoAgencies(org, jdbc);
    }

    private TestOrganisation.PersonRef person(
            TestOrganisation org,
            TestOrganisation.AgencyRef agency,
            TestOrganisation.DepartmentRef department,
            String prefix,
            Role role) {
        String username = prefix + "-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix;
        return org.member(agency, department, username, "人员" + prefix + role.ordinal() + suffix, role);
    }

    /** Words only A's data contains: none may appear in a page or answer given to a person of B. */
    List<String> secretsOfA() {
        return List.of(
                departmentA.name(),
                "甲局新建内设机构" + suffix,
                "甲局的理由" + suffix,
                "甲局申请人" + suffix,
                "甲局管理员" + suffix,
                inA.get(Role.SUBMITTER).displayName(),
                "甲局待审信息" + suffix,
                "甲局待审附件" + suffix,
                "甲局待审正文" + suffix,
                inA.get(Role.SUBMITTER).username(),
                "甲局文书" + suffix,
                "甲局文号" + suffix,
                "甲局复议机关" + suffix,
                "甲局复议案号" + suffix,
                "甲局案件备注" + suffix);
    }
}
