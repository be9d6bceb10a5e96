-- API clients created through the admin API (clients seeded from configuration are not stored here:
-- the configuration is their source). Only the SHA-256 of a key is kept; a client is disabled,
-- never deleted, so the audit trail's client ids always name a known client.
CREATE TABLE api_client (
    id                  VARCHAR(80)  NOT NULL PRIMARY KEY,
    role                VARCHAR(12)  NOT NULL,
    site                VARCHAR(80)  NOT NULL,
    agency              VARCHAR(40)  NOT NULL,
    key_sha256          VARCHAR(64)  NOT NULL UNIQUE,
    requests_per_second INTEGER,
    enabled             BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(80)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(80)  NOT NULL
);
