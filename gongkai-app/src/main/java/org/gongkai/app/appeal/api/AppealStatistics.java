package org.gongkai.app.appeal.api;

import org.gongkai.app.system.api.AgencyId;
import org.gongkai.report.Table4;

/**
 * Table 4 (政府信息公开行政复议、行政诉讼情况) of an agency and year, computed from its recorded cases, for the
 * annual report. A case decided in the year counts in its result's column; a case filed by 12月31日 and not
 * decided by then counts in 尚未审结 (also if decided later); others do not count (the full rule and why:
 * the module's {@code Table4Tally}).
 */
public interface AppealStatistics {
    /** All fifteen cells of table 4 of {@code agency} for {@code year}, zeros included. */
    Table4 table4(AgencyId agency, int year);
}
