package org.myknees.application.importing.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;

/** Stores import batches and which transactions each one added. Scoped to one household. */
public interface ImportBatchRepository {

    Optional<ImportBatch> find(HouseholdId household, ImportBatchId id);

    /** The household's batches, newest first (by import time, then id). */
    List<ImportBatch> list(HouseholdId household);

    /** The batch that imported a file with this checksum and was not reverted, if any. */
    Optional<ImportBatch> findCommittedByChecksum(HouseholdId household, String checksum);

    /**
     * Inserts a new batch (version 0) with the ids of the transactions it added, or replaces a stored one whose
     * version still matches (the added ids are then left as they are).
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    ImportBatch save(ImportBatch batch, Collection<TransactionId> added);

    /** The transactions the batch added, in the order it added them. */
    List<TransactionId> addedTransactions(HouseholdId household, ImportBatchId id);
}
