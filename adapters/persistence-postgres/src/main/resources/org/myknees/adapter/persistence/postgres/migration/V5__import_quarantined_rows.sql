-- The rows an import batch could not read, kept with the batch so that they can be shown (and fixed) later:
-- the 1-based line where the row starts, the field that failed, the reason and the row's raw text. position keeps
-- the order in which the import reported them (not always line order).

CREATE TABLE import_quarantined_rows (
    household_id UUID    NOT NULL,
    batch_id     UUID    NOT NULL,
    position     INTEGER NOT NULL,
    line         INTEGER NOT NULL,
    field        TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    raw          TEXT    NOT NULL,
    CONSTRAINT import_quarantined_rows_pk PRIMARY KEY (household_id, batch_id, position),
    CONSTRAINT import_quarantined_rows_batch_fk FOREIGN KEY (household_id, batch_id)
        REFERENCES import_batches (household_id, batch_id) ON DELETE CASCADE
);
