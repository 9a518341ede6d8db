package org.gongkai.app.letter.api;

import java.util.Optional;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * The letters of an agency: rendered from the agency's template of their kind (its own version, or the default),
 * previewed, and issued. Issuing allocates the next 文号 of the agency's numbering, gap-free, stores the DOCX and
 * the PDF with their SHA-256 and publishes {@link LetterIssued}; an issued letter is never changed or removed.
 * Every method is scoped to {@code agency}: another agency's letter is not found.
 */
public interface Letters {

    /** The letter as it would read today, with a 文号 placeholder instead of a number; nothing is stored. */
    RenderedLetter preview(AgencyId agency, LetterKind kind, LetterData data);

    /**
     * Issues the letter in the caller's transaction (or a new one): allocates its 文号, renders and stores it.
     *
     * @throws LetterRefused when the template names a placeholder {@code data} leaves empty
     */
    IssuedLetter issue(Actor actor, AgencyId agency, LetterKind kind, LetterData data);

    /** An issued letter of {@code agency}, or empty. */
    Optional<IssuedLetter> find(AgencyId agency, LetterId id);

    /** The DOCX of an issued letter of {@code agency}, as issued. */
    Optional<byte[]> docx(AgencyId agency, LetterId id);

    /** The PDF of an issued letter of {@code agency}, as issued. */
    Optional<byte[]> pdf(AgencyId agency, LetterId id);
}
