-- Tracked service requests (applications, later payments) and their state history.
-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE service_request (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tracking_code    VARCHAR(24)  NOT NULL UNIQUE,
    agency           VARCHAR(40)  NOT NULL,
    service          VARCHAR(60)  NOT NULL,
    mode             VARCHAR(12)  NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    -- The NIK is never stored in the clear outside the payload: a keyed hash finds a citizen's
    -- requests, the masked form is what people see.
    nik_hash         VARCHAR(64)  NOT NULL,
    nik_masked       VARCHAR(16)  NOT NULL,
    client_id        VARCHAR(80)  NOT NULL,
    site             VARCHAR(80)  NOT NULL,
    payload          TEXT         NOT NULL,
    result           TEXT,
    agency_reference VARCHAR(120),
    reason           VARCHAR(1000),
    attempts         INTEGER      NOT NULL DEFAULT 0,
    sla_due_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_service_request_nik ON service_request (nik_hash, created_at);
CREATE INDEX ix_service_request_agency ON service_request (agency, status, created_at);
CREATE INDEX ix_service_request_status ON service_request (status, created_at);

CREATE TABLE request_history (
    request_id VARCHAR(36)  NOT NULL REFERENCES service_request (id),
    seq        INTEGER      NOT NULL,
    status     VARCHAR(12)  NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(1000),
    PRIMARY KEY (request_id, seq)
);

-- First answers to POSTs sent with an Idempotency-Key, per client. A row without status_code is a
-- claim: the first request is still being processed.
CREATE TABLE idempotency_record (
    client_id       VARCHAR(80)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status_code     INTEGER,
    location        VARCHAR(300),
    response_body   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);
