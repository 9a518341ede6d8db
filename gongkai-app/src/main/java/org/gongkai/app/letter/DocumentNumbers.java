package org.gongkai.app.letter;

import org.gongkai.app.system.api.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates the sequence number of a letter's 文号: per agency and year, the next number of {@code
 * letter_counter}, read with the row locked ({@code FOR UPDATE}) and written back in the issuing transaction,
 * like the catalog's 索引号. A second issue of the same agency and year waits for the first to commit or roll
 * back, so numbers are unique and gap-free: an issue that rolls back gives its number back.
 */
@Component
class DocumentNumbers {
    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(AgencyId agency, int year) {
        jdbc.sql("""
                        INSERT INTO letter_counter (agency_id, letter_year, last_number)
                        VALUES (:agency, :year, 0) ON CONFLICT DO NOTHING""").param("agency", agency.value()).param("year", year).update();
        int number = jdbc.sql("""
                                SELECT last_number FROM letter_counter
                                WHERE agency_id = :agency AND letter_year = :year FOR UPDATE""")
                        .param("agency", agency.value())
                        .param("year", year)
                        .query(Integer.class)
                        .single()
                + 1;
        jdbc.sql("""
                        UPDATE letter_counter SET last_number = :number
                        WHERE agency_id = :agency AND letter_year = :year""")
                .param("number", number)
                .param("agency", agency.value())
                .param("year", year)
                .update();
        return number;
    }
}
