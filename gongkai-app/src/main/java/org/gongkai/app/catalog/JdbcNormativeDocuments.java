package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.catalog.api.NormativeDocumentCount;
import org.gongkai.app.catalog.api.NormativeDocuments;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts the register in one statement over the agency's published 规范性文件 or 规章 (the semantics: {@link NormativeDocumentCount}). */
@Component
class JdbcNormativeDocuments implements NormativeDocuments {
    private final JdbcClient jdbc;

    JdbcNormativeDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NormativeDocumentCount count(AgencyId agency, int year) {
        return count(agency, year, NormativeGenres.NAMES);
    }

    @Override
    public NormativeDocumentCount rules(AgencyId agency, int year) {
        return count(agency, year, NormativeGenres.RULES);
    }

    private NormativeDocumentCount count(AgencyId agency, int year, List<String> genres) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                        SELECT
                          COALESCE(SUM(CASE WHEN formed_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0),
                          COALESCE(SUM(CASE WHEN published_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0),
                          COALESCE(SUM(CASE WHEN validity <> 'IN_FORCE'
                                             AND validity_changed_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0),
                          COALESCE(SUM(CASE WHEN formed_on <= :to
                                             AND (validity = 'IN_FORCE' OR validity_changed_on > :to)
                                            THEN 1 ELSE 0 END), 0),
                          COALESCE(SUM(CASE WHEN published_on <= :to THEN 1 ELSE 0 END), 0)
                        FROM catalog_item
                        WHERE agency_id = :agency AND state = 'PUBLISHED' AND genre IN (:genres)""")
                .param("agency", agency.value())
                .param("from", from)
                .param("to", to)
                .param("genres", genres)
                .query((rs, n) -> new NormativeDocumentCount(
                        agency, year, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }
}
