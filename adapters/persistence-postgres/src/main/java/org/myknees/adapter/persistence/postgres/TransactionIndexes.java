package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The B-tree indexes of {@code transactions} (the primary key, with the split lines' foreign key that rests on it,
 * and the listing and category indexes of the migrations), and the choice the bulk path makes for a large batch: keep
 * them and insert every row into each, or drop them inside the unit of work and build them again after the
 * {@code COPY}. Building sorts every row once, far cheaper per row than inserting rows one by one, but it sorts the
 * whole table, so it pays only when the batch is large next to what the table already holds. The primary key is
 * built first: a row stored twice fails its build, and so the unit of work, as the key would have refused the row.
 * PostgreSQL's DDL is transactional: a unit of work that fails or is killed leaves the table, its indexes and
 * constraints exactly as they were. While the unit runs, the dropped indexes and constraints hold an exclusive lock
 * on {@code transactions} and {@code transaction_split_lines}, so other readers of transactions wait for its commit
 * (see ADR 0006 and 0007). The import batch index is a BRIN index and always stays (ADR 0011): rows copied into pages
 * past its last summarized range cost it little (there is no summary to update), and a lookup reads those pages until
 * they are summarized.
 *
 * <p>Holding those locks, a large batch also turns off the row triggers that advance the household's data revision on
 * insert into the two tables (ADR 0008), whose condition every copied row pays (and every row of the first
 * {@code COPY} statement the trigger function too), and advances the revision itself instead, once, by the same rule
 * (ADR 0009). The triggers are on again before
 * the unit of work commits, and a unit that fails leaves them on, as the DDL is undone with the unit.
 */
final class TransactionIndexes {

    /** Below this, a batch always keeps the indexes: building them has a fixed cost and locks the table. */
    static final int MIN_REBUILD_ROWS = 100_000;
    /**
     * Rebuild when the batch has at least this many rows per row already stored. An estimate, not a measured
     * crossover: inserting a row into both indexes cost ~6 µs of backend CPU (docs/benchmarks.md), a sort that
     * builds them takes a fraction of that per row, so a rebuild of the whole table pays off while the batch is a
     * sizeable part of it.
     */
    static final double REBUILD_RATIO = 0.5;
    /** Bytes a row takes in the listing index (household, date, id: 36 bytes, tuple header, line pointer, fill). */
    private static final long LISTING_BYTES_PER_ROW = 56;

    /** The row triggers of ADR 0008 that advance the household's data revision on insert, by table. */
    static final Map<String, String> REVISION_TRIGGERS = Map.of(
            "transactions", "transactions_revised_by_insert",
            "transaction_split_lines", "transaction_split_lines_revised_by_insert");

    /** Entries that end with the transaction id are never equal, so deduplication could only cost (V10). */
    private static final String UNIQUE_ENTRIES = " WITH (deduplicate_items = off)";

    private static final List<String> DROP = List.of(
            "ALTER TABLE transaction_split_lines DROP CONSTRAINT transaction_split_lines_transaction_fk",
            "ALTER TABLE transactions DROP CONSTRAINT transactions_pk",
            "DROP INDEX transactions_listing",
            "DROP INDEX transactions_by_category");
    private static final List<String> CREATE = List.of(
            "ALTER TABLE transactions ADD CONSTRAINT transactions_pk PRIMARY KEY (household_id, transaction_id)",
            "ALTER TABLE transaction_split_lines ADD CONSTRAINT transaction_split_lines_transaction_fk"
                    + " FOREIGN KEY (household_id, transaction_id)"
                    + " REFERENCES transactions (household_id, transaction_id) ON DELETE CASCADE",
            "CREATE INDEX transactions_listing ON transactions (household_id, booking_date DESC, transaction_id DESC)"
                    + UNIQUE_ENTRIES,
            "CREATE INDEX transactions_by_category ON transactions"
                    + " (household_id, category_key, booking_date DESC, transaction_id DESC)" + UNIQUE_ENTRIES);

    private TransactionIndexes() {
    }

    /**
     * Whether a batch of this many rows goes in faster with the indexes dropped and built again: it is large, and
     * large next to the rows the table holds (all households'), estimated from the listing index's size.
     */
    static boolean worthRebuilding(Connection connection, long batchRows) throws SQLException {
        if (batchRows < MIN_REBUILD_ROWS) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_relation_size('transactions_listing')")) {
            rs.next();
            long storedRows = rs.getLong(1) / LISTING_BYTES_PER_ROW;
            return batchRows >= storedRows * REBUILD_RATIO;
        }
    }

    /**
     * Drops the key, the foreign key and the indexes, turns the revision triggers off and advances the household's
     * data revision in their place: the rows about to be copied are all this household's.
     */
    static void drop(Connection connection, UUID household) throws SQLException {
        execute(connection, DROP);
        execute(connection, revisionTriggers("DISABLE"));
        try (PreparedStatement advance = connection.prepareStatement("SELECT advance_household_revision(?)")) {
            advance.setObject(1, household);
            advance.execute();
        }
    }

    /**
     * Turns the revision triggers on and builds the key, the foreign key and the indexes again, with enough sort
     * memory that a million rows sort in memory.
     */
    static void create(Connection connection) throws SQLException {
        execute(connection, revisionTriggers("ENABLE"));
        execute(connection, List.of("SET LOCAL maintenance_work_mem = '256MB'"));
        execute(connection, CREATE);
    }

    private static List<String> revisionTriggers(String action) {
        return REVISION_TRIGGERS.entrySet().stream()
                .map(trigger -> "ALTER TABLE " + trigger.getKey() + " " + action + " TRIGGER " + trigger.getValue())
                .toList();
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
