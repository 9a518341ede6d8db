-- Why a 规范性文件 was repealed (废止) or expired (失效), recorded by the disclosure office with its date
-- (validity, validity_changed_on); the record of actions keeps who recorded it and what it was before.
ALTER TABLE catalog_item ADD COLUMN validity_reason VARCHAR(1000);
