package org.gongkai.app.request;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 条例第四十四条: where several applicants ask one agency for the same government information and it may be
 * disclosed, the agency may make it proactive. A request answered with 予以公开 or 部分公开 offers its page a link
 * that opens a catalog draft with the information named; how many of the agency's requests describe the same
 * information (the same words, as registered) is shown beside it, so the office sees which are asked again and
 * again. Used from the request page as {@code @repeatedApplications}.
 */
@Component("repeatedApplications")
class RepeatedApplications {
    private final JdbcClient jdbc;

    RepeatedApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the request was answered with information disclosed (in whole or in part). */
    public boolean disclosed(DisclosureRequest request) {
        return request.state() == RequestState.ANSWERED
                && (request.outcome() == Outcome.GRANTED || request.outcome() == Outcome.PARTIALLY_GRANTED);
    }

    /** How many requests of the same agency describe the same information, this one included. */
    public long sameInformation(DisclosureRequest request) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :agency AND description = :d")
                .param("agency", request.agencyId())
                .param("d", request.description())
                .query(Long.class)
                .single();
    }

    /** The proposed title of the catalog item: the description as registered, cut to the catalog's 200. */
    public String proposedTitle(DisclosureRequest request) {
        String d = request.description().strip().replaceAll("\\s+", " ");
        return d.length() <= 200 ? d : d.substring(0, 200);
    }
}
