-- Import batches: one import of one file, and which transactions it added (so that it can be reverted).

CREATE TABLE import_batches (
    household_id UUID         NOT NULL,
    batch_id     UUID         NOT NULL,
    file_name    TEXT         NOT NULL,
    format       VARCHAR(64)  NOT NULL,
    -- SHA-256 of the file, in hex: the same file imports once
    checksum     VARCHAR(128) NOT NULL,
    imported_at  TIMESTAMPTZ  NOT NULL,
    row_count    INTEGER      NOT NULL,
    added        INTEGER      NOT NULL,
    duplicates   INTEGER      NOT NULL,
    quarantined  INTEGER      NOT NULL,
    period_from  DATE,
    period_to    DATE,
    warnings     TEXT[]       NOT NULL,
    reverted     BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT import_batches_pk PRIMARY KEY (household_id, batch_id),
    CONSTRAINT import_batches_rows CHECK (row_count = added + duplicates + quarantined),
    CONSTRAINT import_batches_period CHECK ((period_from IS NULL) = (period_to IS NULL))
);
CREATE INDEX import_batches_listing ON import_batches (household_id, imported_at DESC, batch_id DESC);
CREATE INDEX import_batches_committed_by_checksum ON import_batches (household_id, checksum) WHERE NOT reverted;

CREATE TABLE import_batch_transactions (
    household_id   UUID    NOT NULL,
    batch_id       UUID    NOT NULL,
    position       INTEGER NOT NULL,
    transaction_id UUID    NOT NULL,
    CONSTRAINT import_batch_transactions_pk PRIMARY KEY (household_id, batch_id, position),
    CONSTRAINT import_batch_transactions_batch_fk FOREIGN KEY (household_id, batch_id)
        REFERENCES import_batches (household_id, batch_id) ON DELETE CASCADE
);
