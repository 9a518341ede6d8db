-- The event publication registry of Spring Modulith (its schema v2 for PostgreSQL): each event a
-- module publishes is written here, per listener, in the transaction that published it, and marked
-- complete when that listener has handled it. What is left incomplete is delivered again at the next
-- start (spring.modulith.events.republish-outstanding-events-on-restart). docs/adr/0006.
CREATE TABLE event_publication (
    id                     UUID NOT NULL,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
