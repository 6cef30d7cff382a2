package org.myknees.adapter.persistence.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests of this module run against, shared by all tests of the JVM: the server named by
 * {@code MYKNEES_DB_URL} (+ {@code MYKNEES_DB_USER}, {@code MYKNEES_DB_PASSWORD}) when set, else the
 * Testcontainers {@code postgres} image when a Docker engine is available, else the embedded server from the
 * Maven-shipped binaries. System property {@code myknees.test.database=embedded|docker|external} forces a choice.
 * Each test class gets a schema of its own, so tests never see each other's rows.
 */
final class TestPostgres {

    static final String IMAGE = "postgres:17";

    private static PostgresDatabase shared;
    private static String kind;
    private static Optional<String> user = Optional.empty();
    private static Optional<String> password = Optional.empty();
    private static Path embeddedDirectory;

    private TestPostgres() {
    }

    /** A new, empty schema with its own connection pool; the caller closes it. */
    static PostgresDatabase freshSchema() {
        PostgresDatabase server = shared();
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = server.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema " + schema, e);
        }
        // Test rows need not outlive a crash of the machine: commits do not wait for the disk.
        String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&options=-c%20synchronous_commit%3Doff";
        return PostgresDatabase.external(url, user, password);
    }

    /** Which server the tests use, for messages. */
    static synchronized String kind() {
        shared();
        return kind;
    }

    static synchronized PostgresDatabase shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        }
        return shared;
    }

    /** Whether a Docker engine answers; Testcontainers is only tried then. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PostgresDatabase start() {
        String forced = System.getProperty("myknees.test.database", "auto");
        Optional<String> url = Optional.ofNullable(System.getenv("MYKNEES_DB_URL")).filter(u -> !u.isBlank());
        if (forced.equals("external") || (forced.equals("auto") && url.isPresent())) {
            kind = "external";
            user = Optional.ofNullable(System.getenv("MYKNEES_DB_USER"));
            password = Optional.ofNullable(System.getenv("MYKNEES_DB_PASSWORD"));
            return PostgresDatabase.external(url.orElseThrow(() -> new IllegalStateException(
                    "myknees.test.database=external needs MYKNEES_DB_URL")), user, password);
        }
        if (forced.equals("docker") || (forced.equals("auto") && dockerAvailable())) {
            kind = "docker";
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                    .withCommand("postgres", "-c", "wal_level=logical");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-container-stop"));
            user = Optional.of(container.getUsername());
            password = Optional.of(container.getPassword());
            return PostgresDatabase.external(container.getJdbcUrl(), user, password);
        }
        kind = "embedded";
        try {
            embeddedDirectory = Files.createTempDirectory("myknees-test-postgres");
            return PostgresDatabase.embedded(embeddedDirectory.resolve("postgres"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a directory for the embedded PostgreSQL", e);
        }
    }

    /**
     * Stops the shared server and, for the embedded one, removes its data directory: a test JVM's server is
     * throw-away, and each left behind holds 0.4–0.6 GB of the temporary folder.
     */
    private static void stop() {
        shared.close();
        if (embeddedDirectory != null) {
            try (Stream<Path> paths = Files.walk(embeddedDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(TestPostgres::delete);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("Could not remove the test PostgreSQL directory " + embeddedDirectory + ": " + e);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
