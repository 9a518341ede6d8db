-- Hibernate Search's outbox-polling coordination (8.2, its default table and column names after Spring's
-- naming strategy; the DDL Hibernate ORM generates for PostgreSQL from the entities of
-- hibernate-search-mapper-orm-outbox-polling): used only with gongkai.search.backend=opensearch. Every change
-- to an indexed item writes an event here in its own transaction; the agents of the running nodes
-- (hsearch_agent) share the event stream's shards and send the events to OpenSearch, then delete them. An
-- event whose sending failed is retried, then kept as ABORTED. docs/adr/0008-search-on-opensearch.md.
CREATE TABLE hsearch_agent (
    id                   UUID NOT NULL,
    type                 VARCHAR(255) CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')) NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                VARCHAR(255) CHECK (state IN ('RUNNING','WAITING','SUSPENDED')) NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    tenant_id            VARCHAR(255),
    payload              BYTEA,
    PRIMARY KEY (id)
);

CREATE TABLE hsearch_outbox_event (
    id             UUID NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER NOT NULL,
    tenant_id      VARCHAR(255),
    payload        BYTEA NOT NULL,
    retries        INTEGER NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(255) CHECK (status IN ('PENDING','ABORTED')) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX hsearch_outbox_event_entity_id_hash_idx ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX hsearch_outbox_event_status_idx ON hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after_idx ON hsearch_outbox_event (process_after);
