-- The hash-chained audit trail (issue 7, item 5): one row per counter call of the API and per call
-- the hub makes to an agency's back end. Rows are only ever inserted: the application has no code
-- path that updates or deletes them, and production grants the hub's user only INSERT and SELECT on
-- this table (docs/security.md, "Audit trail"). hash = SHA-256 over prev_hash and every other
-- column in the canonical encoding of audit.AuditHash; the first row's prev_hash is 64 zeros.
-- No column holds personal data in the clear: paths are OpenAPI templates (/citizens/{nik}/...),
-- bodies only as SHA-256 digests.
-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE audit_entry (
    seq             BIGINT       NOT NULL PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    client_id       VARCHAR(80),
    site            VARCHAR(80),
    role            VARCHAR(16),
    operation       VARCHAR(120),
    method          VARCHAR(10),
    path            VARCHAR(300),
    agency          VARCHAR(60),
    service         VARCHAR(60),
    request_id      VARCHAR(64),
    trace_id        VARCHAR(32),
    status          INTEGER,
    outcome         VARCHAR(200),
    request_digest  VARCHAR(64),
    response_digest VARCHAR(64),
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);
