package org.gongkai.app.catalog;

import java.time.LocalDate;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates 索引号: per agency and year, the next number of {@code catalog_index_counter}, read with the
 * row locked ({@code FOR UPDATE}) and written back in the publishing transaction. A second publication
 * of the same agency and year waits for the first to commit or roll back, so numbers are unique and
 * gap-free: a publication that rolls back gives its number back, and none is ever handed out twice.
 *
 * <p>{@code {code}} is the agency's 统一社会信用代码 or 组织机构代码; an agency that has registered neither
 * gets its platform number, zero-padded to nine digits, so that its items can still be published (the
 * catalog settings page says so).
 */
@Component
class IndexNumbers {
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    IndexNumbers(JdbcClient jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** The next 索引号 of {@code agency} for an item published on {@code publishedOn}. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(AgencyId agency, String template, LocalDate publishedOn) {
        int year = publishedOn.getYear();
        jdbc.sql("""
                        INSERT INTO catalog_index_counter (agency_id, index_year, last_number)
                        VALUES (:agency, :year, 0) ON CONFLICT DO NOTHING""").param("agency", agency.value()).param("year", year).update();
        int number = jdbc.sql("""
                        SELECT last_number FROM catalog_index_counter
                        WHERE agency_id = :agency AND index_year = :year FOR UPDATE""")
                        .param("agency", agency.value())
                        .param("year", year)
                        .query(Integer.class)
                        .single()
                + 1;
        jdbc.sql("""
                        UPDATE catalog_index_counter SET last_number = :number
                        WHERE agency_id = :agency AND index_year = :year""")
                .param("number", number)
                .param("agency", agency.value())
                .param("year", year)
                .update();
        return IndexTemplate.format(template, code(agency), publishedOn, number);
    }

    /** The {@code {code}} of the agency's 索引号. */
    String code(AgencyId agency) {
        return agencies.find(agency)
                .map(AgencySummary::creditCode)
                .filter(c -> c != null && !c.isBlank())
                .orElse(String.format("%09d", agency.value()));
    }
}
