package org.gongkai.app.letter.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/** A letter was issued with its 文号; the record keeps the number, kind, application and the files' SHA-256. */
public record LetterIssued(Actor actor, OffsetDateTime occurredAt, AgencyId agency, IssuedLetter letter)
        implements RecordedAction {
    @Override
    public String subjectType() {
        return "letter";
    }

    @Override
    public String subjectId() {
        return letter.id().toString();
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(letter.kind(), letter.documentNumber());
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("letterKind", letter.kind());
        after.put("documentNumber", letter.documentNumber());
        after.put("issuedOn", letter.issuedOn());
        after.put("trackingNumber", letter.trackingNumber());
        after.put("docxSha256", letter.docxSha256());
        after.put("pdfSha256", letter.pdfSha256());
        return after;
    }
}
