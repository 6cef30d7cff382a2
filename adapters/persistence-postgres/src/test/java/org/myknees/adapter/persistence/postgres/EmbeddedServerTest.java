package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.domain.household.Household;

/** The embedded server: where it keeps data, how it is configured, and that one process owns a directory. */
class EmbeddedServerTest {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart_and_the_server_runs_with_logical_wal_durable_commits_and_unicode_case_rules()
            throws SQLException {
        Household saved;
        try (PostgresDatabase database = PostgresDatabase.embedded(dataDir.resolve("postgres"));
             PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
            saved = new ContractFixtures(PostgresPorts.of(store)).household();
            assertThat(database.isEmbedded()).isTrue();
            assertThat(query(database, "SHOW wal_level")).isEqualTo("logical");
            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(database, "SELECT lower('ÉCOLE ÇA')")).isEqualTo("école ça");
        }

        try (PostgresDatabase database = PostgresDatabase.embedded(dataDir.resolve("postgres"));
             PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
            assertThat(store.households().find(saved.id())).contains(saved);
        }
    }

    @Test
    void a_directory_in_use_is_refused_with_a_message_that_says_so() {
        try (PostgresDatabase database = PostgresDatabase.embedded(dataDir.resolve("postgres"))) {
            assertThatThrownBy(() -> PostgresDatabase.embedded(dataDir.resolve("postgres")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another MyKnees process");
            assertThat(database.dataSource()).isNotNull();
        }
    }

    private static String query(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
