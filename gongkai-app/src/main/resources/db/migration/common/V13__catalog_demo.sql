-- A catalog filled with invented demo items (catalog.DemoCatalog, gongkai.demo.enabled=true): the portal
-- says so on every page of that agency.
ALTER TABLE agency_catalog ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
