package org.myknees.application.importing.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;

/**
 * Stores import batches and the rows each one quarantined, and lists the transactions each one added (recorded with
 * the transactions). Scoped to one household.
 */
public interface ImportBatchRepository {

    Optional<ImportBatch> find(HouseholdId household, ImportBatchId id);

    /** The household's batches, newest first (by import time, then id). */
    List<ImportBatch> list(HouseholdId household);

    /** The batch that imported a file with this checksum and was not reverted, if any. */
    Optional<ImportBatch> findCommittedByChecksum(HouseholdId household, String checksum);

    /**
     * Inserts a new batch (version 0) with the rows it quarantined and the corrections it applied (in the order it
     * applied them), or replaces a stored one whose version still matches (its quarantined rows and corrections are
     * then left as they are). Called inside the import's unit of work, so the batch, its rows, its corrections and its
     * transactions are stored together or not at all.
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    ImportBatch save(ImportBatch batch, List<QuarantinedRow> quarantined, List<AppliedCorrection> corrections);

    /** {@link #save(ImportBatch, List, List)} of a batch that applied no correction. */
    default ImportBatch save(ImportBatch batch, List<QuarantinedRow> quarantined) {
        return save(batch, quarantined, List.of());
    }

    /** {@link #save(ImportBatch, List, List)} of a batch that quarantined and corrected nothing, or of a stored batch. */
    default ImportBatch save(ImportBatch batch) {
        return save(batch, List.of(), List.of());
    }

    /**
     * The transactions the batch added (through
     * {@link org.myknees.application.transaction.port.out.TransactionRepository#addAll(HouseholdId, ImportBatchId,
     * java.util.Iterator, long)}) that are still stored, in the order of their ids ({@link
     * org.myknees.application.transaction.port.out.TransactionOrder#compareIds}): for an import, the order it added
     * them in, since imports make time-ordered ids. Empty for a batch of another household.
     */
    List<TransactionId> addedTransactions(HouseholdId household, ImportBatchId id);

    /**
     * The rows the batch quarantined, in the order the import reported them; empty when the batch quarantined
     * nothing or is not the household's. A store may replace characters it cannot hold (PostgreSQL: NUL) in a
     * row's text.
     */
    List<QuarantinedRow> quarantinedRows(HouseholdId household, ImportBatchId id);

    /**
     * The corrections from the bank the batch applied to stored transactions, in the order it applied them; empty
     * when it applied none or is not the household's.
     */
    List<AppliedCorrection> corrections(HouseholdId household, ImportBatchId id);
}
