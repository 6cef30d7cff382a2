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

/**
 * A batch large next to the table goes in with the secondary indexes dropped and built again in the same unit of
 * work: afterwards the indexes are exactly those of the migration, and a batch that fails leaves them untouched.
 */
class LargeBatchTest {

    private final PortsUnderTest ports = PostgresPorts.shared();

    @Test
    void a_large_batch_is_stored_whole_and_the_indexes_are_rebuilt_as_the_migration_defined_them() throws SQLException {
        Map<String, String> before = indexes();
        HouseholdId household = new ContractFixtures(ports).household().id();
        List<Transaction> rows = batch(household, 1);
        assertThat(worthRebuilding(rows.size())).as("the batch takes the rebuilding path").isTrue();

        ports.transactions().addAll(household, rows);

        assertThat(indexes()).isEqualTo(before);
        assertThat(ports.transactions().count(household)).isEqualTo(rows.size());
        Period all = new Period(LocalDate.parse("2022-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(ports.reports().monthBuckets(household, all)).isEqualTo(ReportCalculator.monthBuckets(rows, all));
        List<Transaction> newest = rows.stream().sorted(TransactionOrder.NEWEST_FIRST).limit(50)
                .map(tx -> tx.withVersion(1)).toList();
        assertThat(ports.transactions().search(household, TransactionFilter.all(), PageRequest.first(50)).items())
                .isEqualTo(newest);
    }

    @Test
    void a_large_batch_that_fails_leaves_the_rows_and_the_indexes_as_they_were() throws SQLException {
        Map<String, String> before = indexes();
        HouseholdId household = new ContractFixtures(ports).household().id();
        List<Transaction> rows = batch(household, 2);
        Transaction stored = ports.transactions().save(rows.get(rows.size() - 1)).withVersion(0);
        rows.set(rows.size() - 1, stored);
        assertThat(worthRebuilding(rows.size())).as("the batch takes the rebuilding path").isTrue();

        assertThatThrownBy(() -> ports.transactions().addAll(household, rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already stored");

        assertThat(indexes()).isEqualTo(before);
        assertThat(ports.transactions().count(household)).isEqualTo(1);
    }

    @Test
    void a_large_batch_in_chunks_holding_an_id_twice_fails_when_the_primary_key_is_built_and_stores_nothing()
            throws SQLException {
        Map<String, String> before = indexes();
        HouseholdId household = new ContractFixtures(ports).household().id();
        List<Transaction> rows = batch(household, 3);
        int half = rows.size() / 2;
        List<Transaction> second = new ArrayList<>(rows.subList(half, rows.size()));
        second.set(second.size() - 1, rows.get(0));
        Iterator<List<Transaction>> chunks = List.of(rows.subList(0, half), second).iterator();

        assertThatThrownBy(() -> ports.transactions().addAll(household, ImportBatchId.newId(), chunks, rows.size()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");

        assertThat(indexes()).isEqualTo(before);
        assertThat(ports.transactions().count(household)).isZero();
    }

    private List<Transaction> batch(HouseholdId household, long seed) {
        ContractFixtures fixtures = new ContractFixtures(ports);
        List<Account> accounts = List.of(fixtures.account(household, "Checking"),
                fixtures.account(household, "Euro", "EUR"));
        RandomTransactions random = new RandomTransactions(seed, accounts, LocalDate.parse("2022-01-01"), 1_500);
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < TransactionIndexes.MIN_REBUILD_ROWS; i++) {
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
     * The definitions of the indexes on {@code transactions} and of the constraints of {@code transactions} and
     * {@code transaction_split_lines}, by name.
     */
    private static Map<String, String> indexes() throws SQLException {
        Map<String, String> indexes = new TreeMap<>();
        try (Connection connection = PostgresPorts.sharedDatabase().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE schemaname = current_schema() AND tablename = 'transactions'"
                     + " UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                     + " WHERE connamespace = current_schema()::regnamespace"
                     + " AND conrelid IN ('transactions'::regclass, 'transaction_split_lines'::regclass)")) {
            while (rs.next()) {
                indexes.put(rs.getString(1) + (rs.getString(2).startsWith("CREATE") ? " (index)" : " (constraint)"),
                        rs.getString(2));
            }
        }
        assertThat(indexes).containsKeys("transactions_pk (index)", "transactions_pk (constraint)",
                "transactions_listing (index)", "transactions_by_category (index)",
                "transactions_by_import_batch (index)", "transaction_split_lines_transaction_fk (constraint)");
        return indexes;
    }
}
