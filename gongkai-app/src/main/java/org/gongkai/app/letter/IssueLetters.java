package org.gongkai.app.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterId;
import org.gongkai.app.letter.api.LetterIssued;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.letter.api.Letters;
import org.gongkai.app.letter.api.RenderedLetter;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Letters} of {@code letter :: api}: previews a letter, and issues it — the request module's staff
 * action (答复, 补正告知, 延期告知…) calls it inside its own use case, so the letter and the change it announces
 * commit together. Issuing refuses a letter whose template names a placeholder without a value before any 文号 is
 * used, then allocates the 文号 ({@link DocumentNumbers}), renders DOCX and PDF, stores both with their SHA-256
 * and publishes {@link LetterIssued}. The agency's counter row stays locked until the issuing transaction ends, so
 * a second letter of the same agency waits for the first one's rendering (about a second): letters are few, and
 * the number must be in the document.
 */
@Component
class IssueLetters implements Letters {
    private final LetterTemplates templates;
    private final DocumentNumbers numbers;
    private final IssuedLetters issued;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueLetters(
            LetterTemplates templates,
            DocumentNumbers numbers,
            IssuedLetters issued,
            PdfRenderer pdf,
            ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.numbers = numbers;
        this.issued = issued;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedLetter preview(AgencyId agency, LetterKind kind, LetterData data) {
        return render(templates.of(agency, kind), data, null);
    }

    /** {@code template} (saved or not) rendered with {@code data}, dated today, without a 文号. */
    RenderedLetter render(LetterTemplate template, LetterData data, String documentNumber) {
        LetterContent content = LetterText.fill(
                        template, DefaultTemplates.remedies(), data, documentNumber, LocalDate.now(clock))
                .content();
        return new RenderedLetter(
                content.headline(), content.documentNumber(), DocxRenderer.render(content), pdf.render(content));
    }

    @Override
    @Transactional
    public IssuedLetter issue(Actor actor, AgencyId agency, LetterKind kind, LetterData data) {
        LetterTemplate template = templates.of(agency, kind);
        LocalDate today = LocalDate.now(clock);
        LetterText.Filled check = LetterText.fill(template, DefaultTemplates.remedies(), data, "", today);
        if (!check.missing().isEmpty()) {
            throw new LetterRefused(kind, check.missing());
        }
        int sequence = numbers.next(agency, today.getYear());
        String documentNumber = NumberTemplate.format(templates.numberTemplate(agency), today.getYear(), sequence);
        LetterContent content = LetterText.fill(template, DefaultTemplates.remedies(), data, documentNumber, today)
                .content();
        byte[] docx = DocxRenderer.render(content);
        byte[] pdfBytes = pdf.render(content);
        IssuedLetter letter = issued.insert(new IssuedLetters.NewLetter(
                agency,
                kind,
                today.getYear(),
                sequence,
                documentNumber,
                content.headline(),
                today,
                data.trackingNumber(),
                data.addressee(),
                docx,
                sha256(docx),
                pdfBytes,
                sha256(pdfBytes),
                actor.person(),
                OffsetDateTime.now(clock)));
        events.publishEvent(new LetterIssued(actor, OffsetDateTime.now(clock), agency, letter));
        return letter;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedLetter> find(AgencyId agency, LetterId id) {
        return issued.find(agency, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> docx(AgencyId agency, LetterId id) {
        return issued.file(agency, id, "docx");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(AgencyId agency, LetterId id) {
        return issued.file(agency, id, "pdf");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
