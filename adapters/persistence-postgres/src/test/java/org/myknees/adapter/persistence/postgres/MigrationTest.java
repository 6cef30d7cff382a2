package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;

/** The schema comes from the versioned migrations, applied once, and keeps every row in a household. */
class MigrationTest {

    @Test
    void an_empty_schema_is_migrated_once_and_a_second_start_applies_nothing() throws SQLException {
        try (PostgresDatabase database = TestPostgres.freshSchema()) {
            PostgresPersistence.start(database.dataSource()).close();
            PostgresPersistence.start(database.dataSource()).close();

            assertThat(strings(database, "SELECT version || ':' || success FROM flyway_schema_history"
                    + " ORDER BY installed_rank")).containsExactly("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true",
                    "9:true", "10:true", "11:true", "12:true");
        }
    }

    @Test
    void every_household_table_has_a_household_id_and_a_unique_key_that_starts_with_it() throws SQLException {
        try (PostgresDatabase database = TestPostgres.freshSchema()) {
            PostgresPersistence.migrate(database.dataSource());

            // Users and their tokens stand above households; Flyway's history is Flyway's.
            List<String> tables = strings(database, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name NOT IN ('flyway_schema_history',"
                    + " 'users', 'refresh_tokens', 'revoked_token_families')");
            List<String> withHousehold = strings(database, "SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND column_name = 'household_id'");
            List<String> keyedByHousehold = strings(database, "SELECT DISTINCT c.relname FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_attribute a"
                    + " ON a.attrelid = c.oid AND a.attnum = i.indkey[0]"
                    + " WHERE i.indisunique AND a.attname = 'household_id'"
                    + " AND c.relnamespace = current_schema()::regnamespace");

            assertThat(tables).hasSizeGreaterThanOrEqualTo(11);
            assertThat(withHousehold).containsExactlyInAnyOrderElementsOf(tables);
            // The outbox is ordered by its sequence alone: change data capture reads it in commit order.
            assertThat(keyedByHousehold).containsExactlyInAnyOrderElementsOf(
                    tables.stream().filter(t -> !t.equals("outbox")).toList());
        }
    }

    @Test
    void every_table_of_household_data_advances_the_revision_on_insert_update_and_delete() throws SQLException {
        try (PostgresDatabase database = TestPostgres.freshSchema()) {
            PostgresPersistence.migrate(database.dataSource());

            // The household and its members are not its data; the outbox and the report aggregates change only
            // with rows of tables that advance it already.
            List<String> data = strings(database, "SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND column_name = 'household_id' AND table_name NOT IN"
                    + " ('households', 'household_members', 'outbox', 'month_category_totals', 'cash_flow_months')"
                    + " ORDER BY table_name");
            List<String> triggered = strings(database, "SELECT event_object_table || ':' || string_agg("
                    + "event_manipulation, ',' ORDER BY event_manipulation) FROM information_schema.triggers"
                    + " WHERE trigger_schema = current_schema() AND action_statement LIKE '%advance_data_revision%'"
                    + " GROUP BY event_object_table ORDER BY event_object_table");

            assertThat(data).hasSizeGreaterThanOrEqualTo(10);
            assertThat(triggered).containsExactlyElementsOf(
                    data.stream().map(table -> table + ":DELETE,INSERT,UPDATE").toList());
        }
    }

    @Test
    void version_8_moves_the_batch_of_each_imported_transaction_from_the_link_table_onto_the_row() throws SQLException {
        try (PostgresDatabase database = TestPostgres.freshSchema()) {
            Flyway.configure().dataSource(database.dataSource()).locations(PostgresPersistence.MIGRATIONS)
                    .callbackLocations(PostgresPersistence.MIGRATIONS).target("7").load().migrate();
            String household = "00000000-0000-4000-8000-00000000000a";
            String batch = "00000000-0000-4000-8000-00000000000b";
            execute(database, "INSERT INTO import_batches VALUES ('" + household + "', '" + batch + "', 'a.csv', 'csv',"
                    + " 'sum', now(), 2, 2, 0, 0, NULL, NULL, '{}', false, 1)");
            for (String tx : List.of("1", "2", "3")) {
                execute(database, "INSERT INTO transactions (household_id, transaction_id, account_id, booking_date,"
                        + " amount, currency, raw_descriptor, normalized_descriptor, status, notes, tags, split_lines,"
                        + " category_source, category_confidence, version) VALUES ('" + household + "',"
                        + " '00000000-0000-4000-8000-00000000000" + tx + "', '" + household + "', '2026-01-0" + tx
                        + "', -100, 'USD', 'T" + tx + "', 'T" + tx + "', 'POSTED', '', '{}', 0, 'NONE', 0, 1)");
            }
            for (String tx : List.of("1", "2")) {
                execute(database, "INSERT INTO import_batch_transactions VALUES ('" + household + "', '" + batch + "', "
                        + tx + ", '00000000-0000-4000-8000-00000000000" + tx + "')");
            }

            PostgresPersistence.migrate(database.dataSource());

            assertThat(strings(database, "SELECT transaction_id || ':' || coalesce(import_batch_id::text, '-')"
                    + " FROM transactions ORDER BY transaction_id")).containsExactly(
                    "00000000-0000-4000-8000-000000000001:" + batch, "00000000-0000-4000-8000-000000000002:" + batch,
                    "00000000-0000-4000-8000-000000000003:-");
            assertThat(strings(database, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name = 'import_batch_transactions'")).isEmpty();
        }
    }

    @Test
    void a_database_migrated_by_newer_code_is_refused() throws SQLException {
        try (PostgresDatabase database = TestPostgres.freshSchema()) {
            PostgresPersistence.migrate(database.dataSource());
            execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'test', 0, true)");

            assertThatThrownBy(() -> PostgresPersistence.start(database.dataSource()))
                    .hasMessageContaining("99");
        }
    }

    private static List<String> strings(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void execute(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
