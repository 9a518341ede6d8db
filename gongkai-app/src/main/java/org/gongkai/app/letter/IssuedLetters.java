package org.gongkai.app.letter;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterId;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The issued letters ({@code issued_letter}): inserted once, read by id within their agency, never updated or
 * deleted — there is no such method here, and the database's trigger refuses it (Flyway V41).
 *
 * <p>The DOCX and PDF are kept in the database, not as files under the data folder: every application node
 * reads the same letters without a shared file system (docs/adr/0004-several-nodes.md); one backup holds the
 * letters with the records that cite them; and the trigger that makes the row unchangeable guards the bytes
 * themselves, where a file could be replaced unseen. A letter is tens of kilobytes (the font is embedded as a
 * subset), so the tables stay small.
 */
@Component
class IssuedLetters {
    private final JdbcClient jdbc;

    IssuedLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A letter to insert: everything but its id. */
    record NewLetter(
            AgencyId agency,
            LetterKind kind,
            int year,
            int sequence,
            String documentNumber,
            String headline,
            java.time.LocalDate issuedOn,
            String trackingNumber,
            String addressee,
            byte[] docx,
            String docxSha256,
            byte[] pdf,
            String pdfSha256,
            PersonId issuedBy,
            OffsetDateTime issuedAt) {}

    IssuedLetter insert(NewLetter l) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO issued_letter (agency_id, kind, letter_year, sequence_number, document_number,
                            headline, issued_on, tracking_number, addressee, docx, docx_sha256, pdf, pdf_sha256,
                            issued_by, issued_at)
                        VALUES (:agency, :kind, :year, :sequence, :number, :headline, :issuedOn, :tracking,
                            :addressee, :docx, :docxSha, :pdf, :pdfSha, :by, :at)""")
                .param("agency", l.agency().value())
                .param("kind", l.kind().name())
                .param("year", l.year())
                .param("sequence", l.sequence())
                .param("number", l.documentNumber())
                .param("headline", l.headline())
                .param("issuedOn", l.issuedOn())
                .param("tracking", l.trackingNumber())
                .param("addressee", l.addressee())
                .param("docx", l.docx())
                .param("docxSha", l.docxSha256())
                .param("pdf", l.pdf())
                .param("pdfSha", l.pdfSha256())
                .param("by", l.issuedBy() == null ? null : l.issuedBy().value())
                .param("at", l.issuedAt())
                .update(key, "id");
        long id = key.getKey().longValue();
        return new IssuedLetter(
                new LetterId(id),
                l.agency(),
                l.kind(),
                l.documentNumber(),
                l.issuedOn(),
                l.trackingNumber(),
                l.docxSha256(),
                l.pdfSha256());
    }

    Optional<IssuedLetter> find(AgencyId agency, LetterId id) {
        return jdbc.sql("""
                        SELECT id, agency_id, kind, document_number, issued_on, tracking_number, docx_sha256,
                            pdf_sha256
                        FROM issued_letter WHERE id = :id AND agency_id = :agency""")
                .param("id", id.value())
                .param("agency", agency.value())
                .query((rs, n) -> new IssuedLetter(
                        new LetterId(rs.getLong(1)),
                        new AgencyId(rs.getLong(2)),
                        LetterKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class),
                        rs.getString(6),
                        rs.getString(7).strip(),
                        rs.getString(8).strip()))
                .optional();
    }

    /** The bytes of {@code column} ({@code docx} or {@code pdf}) of a letter of {@code agency}. */
    Optional<byte[]> file(AgencyId agency, LetterId id, String column) {
        if (!column.equals("docx") && !column.equals("pdf")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + " FROM issued_letter WHERE id = :id AND agency_id = :agency")
                .param("id", id.value())
                .param("agency", agency.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }
}
