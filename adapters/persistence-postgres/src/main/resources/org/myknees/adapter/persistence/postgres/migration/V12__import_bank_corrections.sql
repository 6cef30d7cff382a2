-- Corrections from the bank that an import applies (ADR 0012): a row replacing a stored transaction with the same
-- bank id, a withdrawal removing one. The batch counts them, and keeps what each changed so a revert can undo it.

ALTER TABLE import_batches ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- A replacement is a row of the file like an added one; a withdrawal is not a row, so it stands apart.
ALTER TABLE import_batches DROP CONSTRAINT import_batches_rows;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_rows
    CHECK (row_count = added + duplicates + replaced + quarantined AND replaced >= 0 AND withdrawn >= 0);

-- One row per correction a batch applied, in the order it applied them (position). The bank's fields are the
-- transaction's before the correction: a REPLACED row keeps them with the version the import left the transaction at
-- (a revert restores them unless the transaction changed since); a WITHDRAWN row keeps the whole removed transaction,
-- which a person had not edited (an import withdraws no such transaction), so its merchant and automatic category are
-- all there is beside the bank's fields. Written only with its batch; like every table of household data it advances
-- the household's data revision (V9), so no write path can forget it.
CREATE TABLE import_batch_corrections (
    household_id          UUID             NOT NULL,
    batch_id              UUID             NOT NULL,
    position              INTEGER          NOT NULL,
    kind                  VARCHAR(9)       NOT NULL,
    line                  INTEGER          NOT NULL,
    transaction_id        UUID             NOT NULL,
    version_after         BIGINT,
    booking_date          DATE             NOT NULL,
    value_date            DATE,
    amount                BIGINT           NOT NULL,
    currency              CHAR(3)          NOT NULL,
    raw_descriptor        TEXT             NOT NULL,
    normalized_descriptor TEXT             NOT NULL,
    status                VARCHAR(8)       NOT NULL,
    external_id           TEXT,
    account_id            UUID,
    merchant              TEXT,
    category_key          VARCHAR(100) COLLATE "C",
    category_source       VARCHAR(16),
    category_confidence   DOUBLE PRECISION,
    category_decided_by   TEXT,
    CONSTRAINT import_batch_corrections_pk PRIMARY KEY (household_id, batch_id, position),
    CONSTRAINT import_batch_corrections_batch_fk FOREIGN KEY (household_id, batch_id)
        REFERENCES import_batches (household_id, batch_id) ON DELETE CASCADE,
    CONSTRAINT import_batch_corrections_kind CHECK (kind IN ('REPLACED', 'WITHDRAWN')),
    CONSTRAINT import_batch_corrections_replaced CHECK ((kind = 'REPLACED') = (version_after IS NOT NULL)),
    CONSTRAINT import_batch_corrections_withdrawn CHECK ((kind = 'WITHDRAWN')
        = (account_id IS NOT NULL AND category_source IS NOT NULL AND category_confidence IS NOT NULL))
);

CREATE TRIGGER import_batch_corrections_revised_by_insert AFTER INSERT ON import_batch_corrections FOR EACH ROW
    WHEN (position(NEW.household_id::text IN coalesce(current_setting('myknees.revised_households', true), '')) = 0)
    EXECUTE FUNCTION advance_data_revision();
CREATE TRIGGER import_batch_corrections_revised_by_update AFTER UPDATE ON import_batch_corrections FOR EACH ROW
    WHEN (position(NEW.household_id::text IN coalesce(current_setting('myknees.revised_households', true), '')) = 0)
    EXECUTE FUNCTION advance_data_revision();
CREATE TRIGGER import_batch_corrections_revised_by_delete AFTER DELETE ON import_batch_corrections FOR EACH ROW
    WHEN (position(OLD.household_id::text IN coalesce(current_setting('myknees.revised_households', true), '')) = 0)
    EXECUTE FUNCTION advance_data_revision();
