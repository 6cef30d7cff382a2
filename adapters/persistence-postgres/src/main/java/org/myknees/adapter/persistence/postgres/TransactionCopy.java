package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.postgresql.PGConnection;

/**
 * The bulk path: streams new transactions into {@code transactions} and {@code transaction_split_lines} with
 * PostgreSQL's {@code COPY ... FROM STDIN} in binary format, the fastest way in. Writes the same columns as
 * {@link TransactionEntity}, every row at version 1.
 */
final class TransactionCopy {

    private static final String TRANSACTIONS = "COPY transactions (household_id, transaction_id, account_id,"
            + " booking_date, value_date, amount, currency, raw_descriptor, normalized_descriptor, merchant, status,"
            + " external_id, notes, tags, one_time_event_id, transfer_link, split_lines, category_key,"
            + " category_source, category_confidence, category_decided_by, version, import_batch_id)"
            + " FROM STDIN (FORMAT binary)";
    private static final int TRANSACTION_COLUMNS = 23;
    private static final String SPLIT_LINES = "COPY transaction_split_lines (household_id, transaction_id, line_no,"
            + " amount, description, category_key) FROM STDIN (FORMAT binary)";
    private static final int SPLIT_LINE_COLUMNS = 6;
    /**
     * Rows per {@code COPY} statement. One statement writes through a 16 MB ring of buffers; once the ring wraps,
     * the backend itself writes out each page it reuses, flushing the write-ahead log up to it first. Statements of
     * this size fill less than a ring, and the pages they dirtied are written later by the background writer.
     */
    private static final int ROWS_PER_COPY = 25_000;

    private TransactionCopy() {
    }

    /** Inserts the transactions, recorded as added by the import batch {@code batch} unless it is null. */
    static void insert(Connection connection, List<Transaction> transactions, UUID batch) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        boolean anySplit = false;
        for (int start = 0; start < transactions.size(); start += ROWS_PER_COPY) {
            try (BinaryCopy rows = new BinaryCopy(postgres.getCopyAPI().copyIn(TRANSACTIONS))) {
                for (Transaction tx : transactions.subList(start, Math.min(transactions.size(), start + ROWS_PER_COPY))) {
                    writeTransaction(rows, tx, batch);
                    anySplit |= tx.isSplit();
                }
                rows.finish();
            }
        }
        if (!anySplit) {
            return;
        }
        try (BinaryCopy rows = new BinaryCopy(postgres.getCopyAPI().copyIn(SPLIT_LINES))) {
            for (Transaction tx : transactions) {
                List<SplitLine> splits = tx.splits();
                for (int i = 0; i < splits.size(); i++) {
                    SplitLine line = splits.get(i);
                    rows.row(SPLIT_LINE_COLUMNS).uuid(tx.householdId().value()).uuid(tx.id().value()).int4(i)
                            .int8(line.amount().minorUnits()).text(line.description())
                            .text(line.category().map(CategoryKey::value));
                }
            }
            rows.finish();
        }
    }

    private static void writeTransaction(BinaryCopy rows, Transaction tx, UUID batch) throws SQLException {
        CategoryAssignment category = tx.category();
        rows.row(TRANSACTION_COLUMNS)
                .uuid(tx.householdId().value())
                .uuid(tx.id().value())
                .uuid(tx.accountId().value())
                .date(tx.bookingDate())
                .date(tx.valueDate())
                .int8(tx.amount().minorUnits())
                .text(tx.amount().currency().getCurrencyCode())
                .text(tx.rawDescriptor())
                .text(tx.normalizedDescriptor())
                .text(tx.merchant())
                .text(tx.status().name())
                .text(tx.externalId())
                .text(tx.notes())
                .textArray(tx.tags())
                .uuid(tx.oneTimeEvent().map(OneTimeEventId::value))
                .uuid(tx.transferLink().map(TransactionId::value))
                .int2(tx.splits().size())
                .text(category.category().map(CategoryKey::value))
                .text(category.source().name())
                .float8(category.confidence())
                .text(category.decidedBy())
                .int8(1)
                .uuid(Optional.ofNullable(batch));
    }
}
