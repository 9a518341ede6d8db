package org.gongkai.app.agency;

/** An agency proper (行政机关) or the supervising office above agencies (政府信息公开工作主管部门). */
enum AgencyKind {
    SUPERVISING_OFFICE,
    AGENCY
}
