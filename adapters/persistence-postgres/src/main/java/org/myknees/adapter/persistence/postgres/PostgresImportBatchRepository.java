package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.BankFields;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Import batches in {@code import_batches}, the rows they quarantined in {@code import_quarantined_rows}, the bank's
 * corrections they applied in {@code import_batch_corrections}; the transactions a batch added carry its id in
 * {@code transactions.import_batch_id}.
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
    public ImportBatch save(ImportBatch batch, List<QuarantinedRow> quarantined, List<AppliedCorrection> corrections) {
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
            if (saved.previous().isEmpty() && !corrections.isEmpty()) {
                session.doWork(connection -> insertCorrections(connection, household, batchId, corrections));
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

    private static final String CORRECTION_COLUMNS = "kind, line, transaction_id, version_after, booking_date,"
            + " value_date, amount, currency, raw_descriptor, normalized_descriptor, status, external_id, account_id,"
            + " merchant, category_key, category_source, category_confidence, category_decided_by";

    private static void insertCorrections(Connection connection, UUID household, UUID batch,
                                          List<AppliedCorrection> corrections) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_batch_corrections"
                + " (household_id, batch_id, position, " + CORRECTION_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AppliedCorrection correction : corrections) {
                insert.setObject(1, household);
                insert.setObject(2, batch);
                insert.setInt(3, ++position);
                insert.setInt(5, correction.line());
                insert.setObject(6, correction.transaction().value());
                BankFields bank;
                Optional<Transaction> removed;
                if (correction instanceof AppliedCorrection.Replaced replaced) {
                    insert.setString(4, "REPLACED");
                    insert.setLong(7, replaced.versionAfter());
                    bank = replaced.earlier();
                    removed = Optional.empty();
                } else {
                    Transaction tx = ((AppliedCorrection.Withdrawn) correction).removed();
                    insert.setString(4, "WITHDRAWN");
                    insert.setNull(7, Types.BIGINT);
                    bank = tx.bankFields();
                    removed = Optional.of(tx);
                }
                insert.setObject(8, bank.bookingDate());
                insert.setObject(9, bank.valueDate().orElse(null), Types.DATE);
                insert.setLong(10, bank.amount().minorUnits());
                insert.setString(11, bank.amount().currency().getCurrencyCode());
                insert.setString(12, bank.rawDescriptor());
                insert.setString(13, bank.normalizedDescriptor());
                insert.setString(14, bank.status().name());
                insert.setString(15, bank.externalId().orElse(null));
                insert.setObject(16, removed.map(tx -> tx.accountId().value()).orElse(null), Types.OTHER);
                insert.setString(17, removed.flatMap(Transaction::merchant).orElse(null));
                insert.setString(18, removed.flatMap(tx -> tx.category().category()).map(CategoryKey::value)
                        .orElse(null));
                insert.setString(19, removed.map(tx -> tx.category().source().name()).orElse(null));
                insert.setObject(20, removed.map(tx -> tx.category().confidence()).orElse(null), Types.DOUBLE);
                insert.setString(21, removed.flatMap(tx -> tx.category().decidedBy()).orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<AppliedCorrection> corrections(HouseholdId household, ImportBatchId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + CORRECTION_COLUMNS
                    + " FROM import_batch_corrections WHERE household_id = ? AND batch_id = ? ORDER BY position")) {
                query.setObject(1, household.value());
                query.setObject(2, id.value());
                List<AppliedCorrection> corrections = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        corrections.add(correction(rs, household));
                    }
                }
                return corrections;
            }
        }));
    }

    private static AppliedCorrection correction(ResultSet rs, HouseholdId household) throws SQLException {
        int line = rs.getInt(2);
        TransactionId transaction = new TransactionId(rs.getObject(3, UUID.class));
        BankFields bank = new BankFields(rs.getObject(5, LocalDate.class),
                Optional.ofNullable(rs.getObject(6, LocalDate.class)), Money.ofMinor(rs.getLong(7), rs.getString(8)),
                rs.getString(9), rs.getString(10), TransactionStatus.valueOf(rs.getString(11)),
                Optional.ofNullable(rs.getString(12)));
        if (rs.getString(1).equals("REPLACED")) {
            return new AppliedCorrection.Replaced(line, transaction, bank, rs.getLong(4));
        }
        CategoryAssignment category = new CategoryAssignment(Optional.ofNullable(rs.getString(15)).map(CategoryKey::new),
                AssignmentSource.valueOf(rs.getString(16)), rs.getDouble(17), Optional.ofNullable(rs.getString(18)));
        Transaction removed = new Transaction.Builder().id(transaction).householdId(household)
                .accountId(new AccountId(rs.getObject(13, UUID.class))).merchant(Optional.ofNullable(rs.getString(14)))
                .category(category).amount(bank.amount()).bookingDate(bank.bookingDate()).build().restate(bank);
        return new AppliedCorrection.Withdrawn(line, removed);
    }

    /**
     * The text with each NUL, which PostgreSQL text cannot hold, shown as U+2400 (the symbol for NUL): a quarantined
     * row is often the one with stray bytes, and refusing it would refuse the whole batch.
     */
    static String storable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\u2400');
    }
}
