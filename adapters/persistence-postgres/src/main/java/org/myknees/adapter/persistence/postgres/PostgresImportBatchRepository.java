package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;
import org.postgresql.PGConnection;

/** Import batches in {@code import_batches}, the ids they added in {@code import_batch_transactions}. */
final class PostgresImportBatchRepository implements ImportBatchRepository {

    private final HibernateUnitOfWork units;

    PostgresImportBatchRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<ImportBatch> find(HouseholdId household, ImportBatchId id) {
        return units.withSession(session -> Optional.ofNullable(
                        session.find(ImportBatchEntity.class, new ScopedId(household.value(), id.value())))
                .map(ImportBatchEntity::toDomain));
    }

    @Override
    public List<ImportBatch> list(HouseholdId household) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from ImportBatch where householdId = :household order by importedAt desc, id desc",
                        ImportBatchEntity.class)
                .setParameter("household", household.value())
                .getResultStream()
                .map(ImportBatchEntity::toDomain)
                .toList());
    }

    @Override
    public Optional<ImportBatch> findCommittedByChecksum(HouseholdId household, String checksum) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from ImportBatch where householdId = :household and checksum = :checksum and reverted = false"
                                + " order by importedAt, id", ImportBatchEntity.class)
                .setParameter("household", household.value())
                .setParameter("checksum", checksum)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(ImportBatchEntity::toDomain));
    }

    @Override
    public ImportBatch save(ImportBatch batch, Collection<TransactionId> added) {
        List<UUID> ids = added.stream().map(TransactionId::value).toList();
        return units.withSession(session -> {
            VersionedSave.Saved<ImportBatch> saved = VersionedSave.save(session, ImportBatchEntity.class,
                    new ScopedId(batch.householdId().value(), batch.id().value()), batch, batch.version(),
                    ImportBatchEntity::of, "import batch", batch.id());
            if (saved.previous().isEmpty() && !ids.isEmpty()) {
                session.doWork(connection -> {
                    // A large import adds a million ids: COPY them, as the transactions themselves are.
                    try (BinaryCopy rows = new BinaryCopy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY import_batch_transactions (household_id, batch_id, position, transaction_id)"
                                    + " FROM STDIN (FORMAT binary)"))) {
                        int position = 0;
                        for (UUID id : ids) {
                            rows.row(4).uuid(batch.householdId().value()).uuid(batch.id().value()).int4(++position)
                                    .uuid(id);
                        }
                        rows.finish();
                    }
                });
            }
            return batch.withVersion(saved.version());
        });
    }

    @Override
    public List<TransactionId> addedTransactions(HouseholdId household, ImportBatchId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT transaction_id"
                    + " FROM import_batch_transactions WHERE household_id = ? AND batch_id = ? ORDER BY position")) {
                query.setObject(1, household.value());
                query.setObject(2, id.value());
                List<TransactionId> ids = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new TransactionId(rs.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        }));
    }
}
