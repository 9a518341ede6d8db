package org.gongkai.app.request.api;

import java.time.LocalDate;
import org.gongkai.app.system.api.AgencyId;

/**
 * A request as other modules see it: its tracking number (受理编号), the applicant's name, the receipt day
 * (条例第三十一条) and its state's code ({@code IN_PROCESS}, {@code ANSWERED}, …; the Chinese name is the
 * message {@code requestState.<code>}).
 */
public record RequestSummary(
        long id, AgencyId agency, String trackingNumber, String applicantName, LocalDate receivedOn, String state) {}
