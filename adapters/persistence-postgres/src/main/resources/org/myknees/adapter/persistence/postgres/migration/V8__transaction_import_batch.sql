-- The import batch that added a transaction is recorded on the transaction itself, as purchases record theirs,
-- instead of one row per transaction in import_batch_transactions: a million-row import wrote a million rows there,
-- with a primary key of their own, for a list read only when the batch is reverted.
--
-- No foreign key to import_batches: the import writes its transactions before its batch row, in the same unit of
-- work, and checking a million rows against the batch at commit would cost more than the link table did. Only an
-- import writes the column, with the id of the batch it saves in the same unit of work, and batches are never
-- deleted (a revert marks its batch and deletes its transactions), so the id cannot dangle.

ALTER TABLE transactions ADD COLUMN import_batch_id UUID;

UPDATE transactions t
SET import_batch_id = added.batch_id
FROM import_batch_transactions added
WHERE added.household_id = t.household_id AND added.transaction_id = t.transaction_id;

DROP TABLE import_batch_transactions;

-- Only imported transactions are listed by batch. The bulk path drops and builds this index again with the other
-- secondary indexes for a large batch (SecondaryIndexes).
CREATE INDEX transactions_by_import_batch ON transactions (household_id, import_batch_id)
    WHERE import_batch_id IS NOT NULL;
