package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.domain.household.Household;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** On a machine with Docker, the store also runs on the official {@code postgres} image. */
class TestcontainersPostgresTest {

    @Test
    void the_store_runs_on_the_postgres_image_when_a_docker_engine_is_available() throws SQLException {
        Assumptions.assumeTrue(TestPostgres.dockerAvailable(), "No Docker engine is available, so the Testcontainers "
                + TestPostgres.IMAGE + " run is skipped; the other tests ran on the " + TestPostgres.kind()
                + " PostgreSQL");
        try (PostgreSQLContainer container = new PostgreSQLContainer(TestPostgres.IMAGE)
                .withCommand("postgres", "-c", "wal_level=logical")) {
            container.start();
            try (PostgresDatabase database = PostgresDatabase.external(container.getJdbcUrl(),
                    Optional.of(container.getUsername()), Optional.of(container.getPassword()));
                 PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
                Household saved = new ContractFixtures(PostgresPorts.of(store)).household();

                assertThat(store.households().find(saved.id())).contains(saved);
                try (Connection connection = database.dataSource().getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SHOW wal_level")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("logical");
                }
            }
        }
    }
}
