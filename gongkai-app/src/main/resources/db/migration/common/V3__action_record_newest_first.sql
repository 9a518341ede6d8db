-- The record of actions is read newest first: by the platform administrator across all agencies,
-- by everyone else within their agencies (action_record_agency_time, V1).
CREATE INDEX action_record_time ON action_record (occurred_at);
