package org.gongkai.app.appeal;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.appeal.api.AppealStatistics;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.report.Table4;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AppealStatistics}: one SQL query finds the agency's cases that can count in the year (filed by its
 * end, not decided before its start); {@link Table4Tally} places them, by the rule documented there.
 */
@Component
class JdbcAppealStatistics implements AppealStatistics {
    private final JdbcClient jdbc;

    JdbcAppealStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Table4 table4(AgencyId agency, int year) {
        return Table4Tally.table(year, candidates(agency, year));
    }

    /** The agency's cases that may count in table 4 of {@code year}. */
    List<Table4Tally.Case> candidates(AgencyId agency, int year) {
        return jdbc.sql("""
                        SELECT id, kind, filed_on, result, decided_on FROM appeal
                        WHERE agency_id = :agency AND filed_on <= :last AND (decided_on IS NULL OR decided_on >= :first)
                        ORDER BY filed_on, id
                        """)
                .param("agency", agency.value())
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Table4Tally.Case(
                        rs.getLong("id"),
                        AppealKind.valueOf(rs.getString("kind")),
                        rs.getObject("filed_on", LocalDate.class),
                        AppealResult.valueOf(rs.getString("result")),
                        rs.getObject("decided_on", LocalDate.class)))
                .list();
    }
}
