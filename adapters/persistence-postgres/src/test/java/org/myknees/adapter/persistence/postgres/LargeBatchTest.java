package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionOrder;
import org.myknees.domain.account.Account;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * A batch large next to the table goes in with the indexes and constraints dropped and built again, and the revision
 * triggers of {@code transactions} and its split lines turned off, in the same unit of work: afterwards the indexes,
 * constraints and triggers are exactly those of the migrations, the household's revision advanced once for the unit,
 * and a batch that fails leaves all of them untouched.
 */
class LargeBatchTest {

    private final PortsUnderTest ports = PostgresPorts.shared();

    @Test
    void a_large_batch_in_a_unit_with_other_writes_is_stored_whole_rebuilds_the_indexes_and_advances_the_revision_once()
            throws SQLException {
        Map<String, String> before = schemaObjects();
        ContractFixtures fixtures = new ContractFixtures(ports);
        HouseholdId household = fixtures.household().id();
        List<Transaction> rows = batch(household, 1);
        Account savings = fixtures.account(household, "Savings");
        long revision = ports.households().dataRevision(household);
        assertThat(worthRebuilding(rows.size())).as("the batch takes the rebuilding path").isTrue();

        List<Transaction> stored = new ArrayList<>(rows);
        long[] inUnit = new long[1];
        ports.unitOfWork().run(() -> {
            ports.transactions().addAll(household, rows);
            inUnit[0] = ports.households().dataRevision(household);
            stored.add(fixtures.saved(savings, "2026-02-02", -200, "AFTER THE BATCH"));
        });

        assertThat(schemaObjects()).isEqualTo(before);
        assertThat(inUnit[0]).as("the batch advanced the revision with its trigger off").isEqualTo(revision + 1);
        assertThat(ports.households().dataRevision(household)).isEqualTo(revision + 1);
        stored.add(fixtures.saved(savings, "2026-02-03", -300, "A LATER UNIT"));
        assertThat(ports.households().dataRevision(household)).as("the trigger is on again").isEqualTo(revision + 2);
        assertThat(ports.transactions().count(household)).isEqualTo(stored.size());
        Period all = new Period(LocalDate.parse("2022-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(ports.reports().monthBuckets(household, all))
                .isEqualTo(ReportCalculator.monthBuckets(stored, all));
        List<Transaction> newest = stored.stream().sorted(TransactionOrder.NEWEST_FIRST).limit(50)
                .map(tx -> tx.withVersion(1)).toList();
        assertThat(ports.transactions().search(household, TransactionFilter.all(), PageRequest.first(50)).items())
                .isEqualTo(newest);
    }

    @Test
    void a_large_batch_that_fails_leaves_the_rows_the_indexes_the_triggers_and_the_revision_as_they_were()
            throws SQLException {
        Map<String, String> before = schemaObjects();
        HouseholdId household = new ContractFixtures(ports).household().id();
        List<Transaction> rows = batch(household, 2);
        Transaction stored = ports.transactions().save(rows.get(rows.size() - 1)).withVersion(0);
        rows.set(rows.size() - 1, stored);
        long revision = ports.households().dataRevision(household);
        assertThat(worthRebuilding(rows.size())).as("the batch takes the rebuilding path").isTrue();

        assertThatThrownBy(() -> ports.transactions().addAll(household, rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already stored");

        assertThat(schemaObjects()).isEqualTo(before);
        assertThat(ports.households().dataRevision(household)).isEqualTo(revision);
        assertThat(ports.transactions().count(household)).isEqualTo(1);
    }

    @Test
    void a_large_batch_in_chunks_holding_an_id_twice_fails_when_the_primary_key_is_built_and_stores_nothing()
            throws SQLException {
        Map<String, String> before = schemaObjects();
        HouseholdId household = new ContractFixtures(ports).household().id();
        List<Transaction> rows = batch(household, 3);
        long revision = ports.households().dataRevision(household);
        int half = rows.size() / 2;
        List<Transaction> second = new ArrayList<>(rows.subList(half, rows.size()));
        second.set(second.size() - 1, rows.get(0));
        Iterator<List<Transaction>> chunks = List.of(rows.subList(0, half), second).iterator();

        assertThatThrownBy(() -> ports.transactions().addAll(household, ImportBatchId.newId(), chunks, rows.size()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");

        assertThat(schemaObjects()).isEqualTo(before);
        assertThat(ports.households().dataRevision(household)).isEqualTo(revision);
        assertThat(ports.transactions().count(household)).isZero();
    }

    @Test
    void the_transactions_of_a_large_batch_are_listed_by_their_batch_before_and_after_vacuum_summarizes_its_pages()
            throws SQLException {
        // A schema of its own: the batch must take the rebuilding path whatever the other tests stored, and its rows
        // must not keep theirs from taking it.
        try (PostgresDatabase database = TestPostgres.freshSchema();
             PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
            PortsUnderTest own = PostgresPorts.of(store);
            ContractFixtures fixtures = new ContractFixtures(own);
            HouseholdId household = fixtures.household().id();
            List<Transaction> all = rows(fixtures, household, 4, TransactionIndexes.MIN_REBUILD_ROWS + 3);
            List<Transaction> small = all.subList(0, 3);
            List<Transaction> large = all.subList(3, all.size());
            ImportBatchId smallBatch = ImportBatchId.newId();
            ImportBatchId largeBatch = ImportBatchId.newId();
            own.unitOfWork().run(() -> own.transactions().addAll(household, smallBatch, List.of(small).iterator(),
                    small.size()));
            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(TransactionIndexes.worthRebuilding(connection, large.size()))
                        .as("the batch takes the rebuilding path").isTrue();
            }
            int half = large.size() / 2;
            Iterator<List<Transaction>> chunks = List.of(large.subList(0, half), large.subList(half, large.size()))
                    .iterator();
            own.unitOfWork().run(() -> own.transactions().addAll(household, largeBatch, chunks, large.size()));

            // Right after the batch its pages are not summarized, so every lookup reads them.
            assertThat(own.importBatches().addedTransactions(household, largeBatch)).isEqualTo(idsInOrder(large));
            assertThat(own.importBatches().addedTransactions(household, smallBatch)).isEqualTo(idsInOrder(small));
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE transactions");
            }
            assertThat(own.importBatches().addedTransactions(household, largeBatch)).isEqualTo(idsInOrder(large));
            assertThat(own.importBatches().addedTransactions(household, smallBatch)).isEqualTo(idsInOrder(small));
            assertThat(own.importBatches().addedTransactions(household, ImportBatchId.newId())).isEmpty();
        }
    }

    private static List<TransactionId> idsInOrder(List<Transaction> rows) {
        return rows.stream().map(Transaction::id).sorted((a, b) -> TransactionOrder.compareIds(a.value(), b.value()))
                .toList();
    }

    private List<Transaction> batch(HouseholdId household, long seed) {
        return rows(new ContractFixtures(ports), household, seed, TransactionIndexes.MIN_REBUILD_ROWS);
    }

    private static List<Transaction> rows(ContractFixtures fixtures, HouseholdId household, long seed, int size) {
        List<Account> accounts = List.of(fixtures.account(household, "Checking"),
                fixtures.account(household, "Euro", "EUR"));
        RandomTransactions random = new RandomTransactions(seed, accounts, LocalDate.parse("2022-01-01"), 1_500);
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(random.next());
        }
        return rows;
    }

    private static boolean worthRebuilding(int rows) throws SQLException {
        try (Connection connection = PostgresPorts.sharedDatabase().dataSource().getConnection()) {
            return TransactionIndexes.worthRebuilding(connection, rows);
        }
    }

    /**
     * The definitions of the indexes on {@code transactions}, of the constraints of {@code transactions} and
     * {@code transaction_split_lines}, and of the triggers of both tables with whether each is on, by name.
     */
    private static Map<String, String> schemaObjects() throws SQLException {
        Map<String, String> objects = new TreeMap<>();
        try (Connection connection = PostgresPorts.sharedDatabase().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE schemaname = current_schema() AND tablename = 'transactions'"
                     + " UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                     + " WHERE connamespace = current_schema()::regnamespace"
                     + " AND conrelid IN ('transactions'::regclass, 'transaction_split_lines'::regclass)"
                     + " UNION ALL SELECT tgname || ' (trigger)', tgenabled::text || ' ' || pg_get_triggerdef(oid)"
                     + " FROM pg_trigger WHERE NOT tgisinternal"
                     + " AND tgrelid IN ('transactions'::regclass, 'transaction_split_lines'::regclass)")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String kind = rs.getString(2).startsWith("CREATE") ? " (index)" : " (constraint)";
                objects.put(name.endsWith(" (trigger)") ? name : name + kind, rs.getString(2));
            }
        }
        assertThat(objects).containsKeys("transactions_pk (index)", "transactions_pk (constraint)",
                "transactions_listing (index)", "transactions_by_category (index)",
                "transactions_by_import_batch (index)", "transaction_split_lines_transaction_fk (constraint)");
        // 'O': the trigger fires in the ordinary (origin) session role, that is, it is on.
        TransactionIndexes.REVISION_TRIGGERS.values().forEach(trigger ->
                assertThat(objects.get(trigger + " (trigger)")).startsWith("O CREATE TRIGGER"));
        return objects;
    }
}
