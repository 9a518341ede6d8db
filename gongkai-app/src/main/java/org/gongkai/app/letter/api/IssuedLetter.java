package org.gongkai.app.letter.api;

import java.time.LocalDate;
import org.gongkai.app.system.api.AgencyId;

/**
 * A letter as issued: its 文号, kind and date, and the SHA-256 (hex) of the DOCX and PDF kept with it. It never
 * changes; the files are read with {@link Letters#docx} and {@link Letters#pdf}.
 */
public record IssuedLetter(
        LetterId id,
        AgencyId agency,
        LetterKind kind,
        String documentNumber,
        LocalDate issuedOn,
        String trackingNumber,
        String docxSha256,
        String pdfSha256) {}
