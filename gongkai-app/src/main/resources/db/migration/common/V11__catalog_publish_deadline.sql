-- 条例第二十六条: an item is published within 20 working days of its 生成日期. The deadline is computed
-- with the platform's calendar when the item is written or its 生成日期 changes, so "late" is a query;
-- whether it was published late is kept for the annual report.
ALTER TABLE catalog_item ADD COLUMN publish_deadline DATE;
ALTER TABLE catalog_item ADD COLUMN published_late BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX catalog_item_agency_deadline ON catalog_item (agency_id, publish_deadline);
