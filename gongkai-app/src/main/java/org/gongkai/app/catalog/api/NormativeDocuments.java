package org.gongkai.app.catalog.api;

import org.gongkai.app.system.api.AgencyId;

/** The register of 规章 and 规范性文件, read by the annual report (table 2, first block: one row each). */
public interface NormativeDocuments {
    /** The counts of {@code agency}'s 规范性文件 for the calendar year {@code year}. */
    NormativeDocumentCount count(AgencyId agency, int year);

    /** The counts of {@code agency}'s 规章 for the calendar year {@code year}, in the same sense. */
    NormativeDocumentCount rules(AgencyId agency, int year);
}
