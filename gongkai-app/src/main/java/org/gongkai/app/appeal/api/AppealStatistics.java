package org.gongkai.app.appeal.api;

import org.gongkai.app.system.api.AgencyId;
import org.gongkai.report.Table4;

/**
 * Table 4 (政府信息公开行政复议、行政诉讼情况) of an agency and year, computed from its recorded cases, for the
 * annual report. Which cases count in a year is documented on the implementation.
 */
public interface AppealStatistics {
    /** All fifteen cells of table 4 of {@code agency} for {@code year}, zeros included. */
    Table4 table4(AgencyId agency, int year);
}
