package org.gongkai.app.catalog.api;

import org.gongkai.app.system.api.AgencyId;

/** The 规范性文件 register, read by the annual report (table 2, first block). */
public interface NormativeDocuments {
    /** The counts of {@code agency}'s 规范性文件 for the calendar year {@code year}. */
    NormativeDocumentCount count(AgencyId agency, int year);
}
