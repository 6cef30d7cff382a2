-- The index that finds an import batch's transactions (for a revert) becomes a BRIN index (ADR 0011).
--
-- The B-tree of V8 held one entry per imported row, a million equal keys for a million-row import, and the
-- large-batch path of the bulk load built it again after every such import. A batch's rows are appended together,
-- so a summary per range of pages finds them. minmax-multi keeps up to 32 values per range instead of one interval,
-- so a range shared by a few batches (their ids are random) is still skipped for the others. The large-batch path
-- keeps this index: a row copied into a range not yet summarized costs it little, as there is no summary to update.
-- Such ranges are read by every lookup until VACUUM (or autovacuum after many inserts) summarizes them; the lookup
-- stays correct meanwhile.
DROP INDEX transactions_by_import_batch;
CREATE INDEX transactions_by_import_batch ON transactions USING brin (import_batch_id uuid_minmax_multi_ops);
