-- The event publication registry of Spring Modulith (its schema v2 for H2): each event a module
-- publishes is written here, per listener, in the transaction that published it, and marked complete
-- when that listener has handled it. What is left incomplete is delivered again at the next start
-- (spring.modulith.events.republish-outstanding-events-on-restart). docs/adr/0006.
CREATE TABLE event_publication (
    id                     UUID NOT NULL,
    completion_date        TIMESTAMP(9) WITH TIME ZONE,
    event_type             VARCHAR(512) NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    serialized_event       VARCHAR(1000000) NOT NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
