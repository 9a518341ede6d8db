package org.gongkai.app.calendar;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holiday notices loaded by platform administrators ({@code holiday_notice}), with plain SQL. */
@Repository
class HolidayNotices {

    private final JdbcClient jdbc;

    HolidayNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredNotice> findAll() {
        return jdbc.sql("""
                        SELECT notice_year, region, content, source, loaded_at, loaded_by
                        FROM holiday_notice ORDER BY notice_year, region""")
                .query((rs, n) -> new StoredNotice(
                        rs.getInt("notice_year"),
                        rs.getString("region"),
                        rs.getString("content"),
                        rs.getString("source"),
                        rs.getObject("loaded_at", OffsetDateTime.class),
                        rs.getString("loaded_by")))
                .list();
    }

    /** The notice of {@code year} for {@code region}, locking its row until the transaction ends. */
    Optional<StoredNotice> findForUpdate(int year, String region) {
        return jdbc.sql("""
                        SELECT notice_year, region, content, source, loaded_at, loaded_by
                        FROM holiday_notice WHERE notice_year = :year AND region = :region FOR UPDATE""")
                .param("year", year)
                .param("region", region)
                .query((rs, n) -> new StoredNotice(
                        rs.getInt("notice_year"),
                        rs.getString("region"),
                        rs.getString("content"),
                        rs.getString("source"),
                        rs.getObject("loaded_at", OffsetDateTime.class),
                        rs.getString("loaded_by")))
                .optional();
    }

    /** Stores {@code notice}, replacing the row of its year and region if there is one. */
    void save(StoredNotice notice) {
        int updated = jdbc.sql("""
                        UPDATE holiday_notice SET content = :content, source = :source, loaded_at = :loadedAt,
                            loaded_by = :loadedBy
                        WHERE notice_year = :year AND region = :region""").params(params(notice)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO holiday_notice (notice_year, region, content, source, loaded_at, loaded_by)
                            VALUES (:year, :region, :content, :source, :loadedAt, :loadedBy)""").params(params(notice)).update();
        }
    }

    /**
     * Changes whenever a notice is loaded or replaced: lets each application node notice what another node loaded
     * without reading every notice again.
     */
    String fingerprint() {
        return jdbc.sql("SELECT COUNT(*) AS n, MAX(loaded_at) AS latest FROM holiday_notice")
                .query((rs, n) -> rs.getLong("n") + "/" + rs.getObject("latest", OffsetDateTime.class))
                .single();
    }

    private static Map<String, Object> params(StoredNotice notice) {
        return Map.of(
                "year", notice.year(),
                "region", notice.region(),
                "content", notice.content(),
                "source", notice.source(),
                "loadedAt", notice.loadedAt(),
                "loadedBy", notice.loadedBy());
    }
}
