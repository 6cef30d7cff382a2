package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Import batches in {@code import_batches}, the rows they quarantined in {@code import_quarantined_rows}; the
 * transactions a batch added carry its id in {@code transactions.import_batch_id}.
 */
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
    public ImportBatch save(ImportBatch batch, List<QuarantinedRow> quarantined) {
        UUID household = batch.householdId().value();
        UUID batchId = batch.id().value();
        return units.withSession(session -> {
            VersionedSave.Saved<ImportBatch> saved = VersionedSave.save(session, ImportBatchEntity.class,
                    new ScopedId(household, batchId), batch, batch.version(), ImportBatchEntity::of, "import batch",
                    batch.id());
            if (saved.previous().isEmpty() && !quarantined.isEmpty()) {
                session.doWork(connection -> {
                    CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
                    try (BinaryCopy rows = new BinaryCopy(copies.copyIn("COPY import_quarantined_rows"
                            + " (household_id, batch_id, position, line, field, reason, raw)"
                            + " FROM STDIN (FORMAT binary)"))) {
                        int position = 0;
                        for (QuarantinedRow row : quarantined) {
                            rows.row(7).uuid(household).uuid(batchId).int4(++position).int4(row.line())
                                    .text(storable(row.field())).text(storable(row.reason()))
                                    .text(storable(row.text()));
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
            // PostgreSQL orders uuid as unsigned bytes, which is TransactionOrder.compareIds.
            try (PreparedStatement query = connection.prepareStatement("SELECT transaction_id FROM transactions"
                    + " WHERE household_id = ? AND import_batch_id = ? ORDER BY transaction_id")) {
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

    @Override
    public List<QuarantinedRow> quarantinedRows(HouseholdId household, ImportBatchId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT line, field, reason, raw"
                    + " FROM import_quarantined_rows WHERE household_id = ? AND batch_id = ? ORDER BY position")) {
                query.setObject(1, household.value());
                query.setObject(2, id.value());
                List<QuarantinedRow> rows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new QuarantinedRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return rows;
            }
        }));
    }

    /**
     * The text with each NUL, which PostgreSQL text cannot hold, shown as U+2400 (the symbol for NUL): a quarantined
     * row is often the one with stray bytes, and refusing it would refuse the whole batch.
     */
    static String storable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\u2400');
    }
}
