-- 政府信息公开指南 (条例第十二条): what an agency says of itself on its portal — where and when to come,
-- how to apply, the fees, the remedies. A field left empty (null) is generated from the agency's data
-- (catalog.GuideText); the agency administrator edits it (catalog.EditGuide).
CREATE TABLE catalog_guide (
    agency_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES agency (id),
    address       VARCHAR(200),
    office_hours  VARCHAR(200),
    phone         VARCHAR(100),
    how_to_apply  VARCHAR(4000),
    fees          VARCHAR(2000),
    remedies      VARCHAR(2000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
