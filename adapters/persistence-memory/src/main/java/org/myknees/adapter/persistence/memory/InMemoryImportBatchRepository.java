package org.myknees.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;

/** Import batches held in memory; which transactions a batch added is recorded with the transactions. */
public final class InMemoryImportBatchRepository implements ImportBatchRepository {

    private final MemoryDatabase database;
    private final InMemoryTransactionRepository transactions;
    private final Map<ImportBatchId, ImportBatch> batches = new HashMap<>();
    private final Map<ImportBatchId, List<QuarantinedRow>> quarantined = new HashMap<>();
    private final Map<ImportBatchId, List<AppliedCorrection>> corrections = new HashMap<>();

    InMemoryImportBatchRepository(MemoryDatabase database, InMemoryTransactionRepository transactions) {
        this.database = Objects.requireNonNull(database, "database");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Optional<ImportBatch> find(HouseholdId household, ImportBatchId id) {
        return database.read(() -> Optional.ofNullable(batches.get(id)).filter(b -> b.householdId().equals(household)));
    }

    @Override
    public List<ImportBatch> list(HouseholdId household) {
        return database.read(() -> batches.values().stream().filter(b -> b.householdId().equals(household))
                .sorted(Comparator.comparing(ImportBatch::importedAt).thenComparing(b -> b.id().value().toString())
                        .reversed())
                .toList());
    }

    @Override
    public Optional<ImportBatch> findCommittedByChecksum(HouseholdId household, String checksum) {
        return database.read(() -> batches.values().stream().filter(b -> b.householdId().equals(household)
                && b.checksum().equals(checksum) && !b.reverted()).findFirst());
    }

    @Override
    public ImportBatch save(ImportBatch batch, List<QuarantinedRow> rows, List<AppliedCorrection> applied) {
        return database.inUnit(() -> {
            ImportBatch previous = batches.get(batch.id());
            if (previous != null && !previous.householdId().equals(batch.householdId())) {
                throw new IllegalArgumentException("Batch " + batch.id() + " belongs to another household");
            }
            ImportBatch stored = Versioned.next("import batch", batches, batch.id(), batch, ImportBatch::version,
                    batch::withVersion);
            if (previous == null) {
                database.put(batch.householdId(), quarantined, batch.id(), List.copyOf(rows));
                database.put(batch.householdId(), corrections, batch.id(), List.copyOf(applied));
            }
            return database.put(stored.householdId(), batches, stored.id(), stored);
        });
    }

    @Override
    public List<TransactionId> addedTransactions(HouseholdId household, ImportBatchId id) {
        return transactions.addedBy(household, id);
    }

    @Override
    public List<AppliedCorrection> corrections(HouseholdId household, ImportBatchId id) {
        return database.read(() -> find(household, id).map(b -> corrections.getOrDefault(id, List.of()))
                .orElse(List.of()));
    }

    @Override
    public List<QuarantinedRow> quarantinedRows(HouseholdId household, ImportBatchId id) {
        return database.read(() -> find(household, id).map(b -> quarantined.getOrDefault(id, List.of()))
                .orElse(List.of()));
    }
}
