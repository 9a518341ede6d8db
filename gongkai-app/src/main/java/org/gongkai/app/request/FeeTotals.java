package org.gongkai.app.request;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the annual report's section 六 says of the information processing fee (信息处理费, domain-spec §1.5 and §4):
 * in a year, how many fee notices the agency sent, how many were paid and how much it collected (in whole yuan),
 * and how many requests ended because the fee was not paid in time — the notices and payments counted from the
 * timeline by the day of each step, the requests ended unpaid by the day they were concluded (as in table 3). Used from the table-3 page as {@code @feeTotals}.
 */
@Component("feeTotals")
class FeeTotals {
    /** One year's fees of one agency, and the sentence the report can use. */
    public record Year(int year, long notices, long paid, long collectedYuan, long lapsed) {}

    private final JdbcClient jdbc;

    FeeTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Year of(long agencyId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = LocalDate.of(year + 1, 1, 1);
        long[] steps = jdbc.sql("""
                        SELECT
                          COUNT(CASE WHEN s.kind = 'SEND_FEE_NOTICE' THEN 1 END),
                          COUNT(CASE WHEN s.kind = 'PAY_FEE' THEN 1 END),
                          COALESCE(SUM(CASE WHEN s.kind = 'PAY_FEE' THEN s.amount END), 0)
                        FROM request_step s JOIN disclosure_request r ON r.id = s.request_id
                        WHERE r.agency_id = :agency AND s.on_date >= :from AND s.on_date < :until
                        """)
                .param("agency", agencyId)
                .param("from", from)
                .param("until", until)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        // ended unpaid: counted like table 3, in the year the request was concluded
        long lapsed = jdbc.sql("""
                        SELECT COUNT(*) FROM disclosure_request
                        WHERE agency_id = :agency AND state = 'ABANDONED_NO_PAYMENT'
                          AND concluded_on >= :from AND concluded_on < :until
                        """)
                .param("agency", agencyId)
                .param("from", from)
                .param("until", until)
                .query(Long.class)
                .single();
        return new Year(year, steps[0], steps[1], steps[2], lapsed);
    }
}
