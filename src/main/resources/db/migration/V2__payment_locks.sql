-- One payment at a time per bill: a row holds the bill while its payment is in flight (including
-- PENDING, until reconciled), so two counters cannot pay the same bill at once.
CREATE TABLE payment_in_flight (
    biller      VARCHAR(40)  NOT NULL,
    bill_key    VARCHAR(120) NOT NULL,
    request_id  VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (biller, bill_key)
);
