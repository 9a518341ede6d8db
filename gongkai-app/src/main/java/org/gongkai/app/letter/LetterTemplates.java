package org.gongkai.app.letter;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each agency's templates and 文号 template ({@code letter_template}, {@code letter_numbering}): its own version
 * where it has one, otherwise the default ({@link DefaultTemplates}). Every query names the agency.
 */
@Component
class LetterTemplates {
    private final JdbcClient jdbc;

    LetterTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's own version of {@code kind}, or empty when it uses the default. */
    Optional<LetterTemplate> own(AgencyId agency, LetterKind kind) {
        return jdbc.sql("SELECT headline, body FROM letter_template WHERE agency_id = :agency AND kind = :kind")
                .param("agency", agency.value())
                .param("kind", kind.name())
                .query((rs, n) -> new LetterTemplate(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The template the agency's letters of {@code kind} are made from. */
    LetterTemplate of(AgencyId agency, LetterKind kind) {
        return own(agency, kind).orElseGet(() -> DefaultTemplates.of(kind));
    }

    void save(AgencyId agency, LetterKind kind, LetterTemplate template, PersonId by, OffsetDateTime at) {
        int changed = jdbc.sql("""
                        UPDATE letter_template SET headline = :headline, body = :body, changed_by = :by,
                            changed_at = :at
                        WHERE agency_id = :agency AND kind = :kind""")
                .param("headline", template.headline())
                .param("body", template.body())
                .param("by", by == null ? null : by.value())
                .param("at", at)
                .param("agency", agency.value())
                .param("kind", kind.name())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO letter_template (agency_id, kind, headline, body, changed_by, changed_at)
                            VALUES (:agency, :kind, :headline, :body, :by, :at)""")
                    .param("agency", agency.value())
                    .param("kind", kind.name())
                    .param("headline", template.headline())
                    .param("body", template.body())
                    .param("by", by == null ? null : by.value())
                    .param("at", at)
                    .update();
        }
    }

    /** Back to the default: the agency's own version is removed. */
    boolean remove(AgencyId agency, LetterKind kind) {
        return jdbc.sql("DELETE FROM letter_template WHERE agency_id = :agency AND kind = :kind")
                        .param("agency", agency.value())
                        .param("kind", kind.name())
                        .update()
                > 0;
    }

    /** The agency's 文号 template. */
    String numberTemplate(AgencyId agency) {
        return jdbc.sql("SELECT number_template FROM letter_numbering WHERE agency_id = :agency")
                .param("agency", agency.value())
                .query(String.class)
                .optional()
                .orElseGet(DefaultTemplates::numberTemplate);
    }

    void saveNumberTemplate(AgencyId agency, String template, PersonId by, OffsetDateTime at) {
        int changed = jdbc.sql("""
                        UPDATE letter_numbering SET number_template = :template, changed_by = :by, changed_at = :at
                        WHERE agency_id = :agency""")
                .param("template", template)
                .param("by", by == null ? null : by.value())
                .param("at", at)
                .param("agency", agency.value())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO letter_numbering (agency_id, number_template, changed_by, changed_at)
                            VALUES (:agency, :template, :by, :at)""")
                    .param("agency", agency.value())
                    .param("template", template)
                    .param("by", by == null ? null : by.value())
                    .param("at", at)
                    .update();
        }
    }
}
