-- An application made on the platform's own form (互联网渠道): the applicant's e-mail address, when
-- they gave one, to send them the receipt with the tracking number. Kept apart from the request's
-- contact text so that the notice does not parse it; read only by request.ReceiptMail.
CREATE TABLE online_application (
    request_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES disclosure_request (id),
    email        VARCHAR(254),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
