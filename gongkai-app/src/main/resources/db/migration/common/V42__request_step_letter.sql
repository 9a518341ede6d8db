-- The letter (文书) a step of a request issued, if any: its id in issued_letter (letter module, V40), its kind
-- and 文号 as issued, kept on the step so the timeline and the applicant's tracking page can list them. No
-- foreign key: issued_letter belongs to the letter module, which the request module reads only through its api.
ALTER TABLE request_step ADD COLUMN letter_id BIGINT;
ALTER TABLE request_step ADD COLUMN letter_kind VARCHAR(40);
ALTER TABLE request_step ADD COLUMN letter_number VARCHAR(100);
CREATE INDEX request_step_letter ON request_step (letter_id);
