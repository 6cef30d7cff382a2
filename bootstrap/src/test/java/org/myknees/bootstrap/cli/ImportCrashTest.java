package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;

/**
 * The real command line, in a JVM of its own, imports a large CSV file into the embedded PostgreSQL and is killed
 * with SIGKILL while the batch's unit of work is writing; its orphaned server is killed too, as a power cut would.
 * The next start finds the whole batch or none of it, never part, and importing the file again ends with exactly
 * its rows.
 */
class ImportCrashTest {

    private static final int ROWS = 100_000;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void a_kill_while_an_import_writes_leaves_the_whole_batch_or_none_and_the_import_can_be_run_again()
            throws Exception {
        Path file = generate(dataDir.resolve("big.csv"));
        Path server = dataDir.resolve(PostgresDatabase.EMBEDDED_DIRECTORY);
        Process setup = cli("setup", "accounts", "add", "Checking", "--currency", "USD");
        assertThat(setup.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(setup.exitValue()).as(log("setup")).isZero();

        Process importer = cli("import", "import", file.toString(), "--account", "Checking", "--categorize", "rules");
        awaitBatchWriting(importer, server);
        importer.destroyForcibly();
        assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killOrphanedServer(server);

        long stored;
        long batches;
        try (PostgresDatabase database = PostgresDatabase.forMyKnees(dataDir, Map.of());
             Connection connection = database.dataSource().getConnection()) {
            stored = count(connection, "SELECT count(*) FROM transactions");
            batches = count(connection, "SELECT count(*) FROM import_batches WHERE added = " + ROWS);
            assertThat(count(connection, "SELECT count(*) FROM import_batches")).isEqualTo(batches);
        }
        assertThat(List.of(stored, batches)).as("rows and batch records after the kill")
                .isIn(List.of(0L, 0L), List.of((long) ROWS, 1L));

        Process again = cli("again", "import", file.toString(), "--account", "Checking", "--categorize", "rules",
                "--json");
        assertThat(again.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(log("again")).isZero();
        List<Map<String, Object>> report = JSON.readValue(dataDir.resolve("again.out").toFile(),
                new TypeReference<>() { });
        assertThat(report).singleElement().satisfies(r -> assertThat((int) r.get("added")
                + (int) r.get("duplicates")).isEqualTo(ROWS));
        try (PostgresDatabase database = PostgresDatabase.forMyKnees(dataDir, Map.of());
             Connection connection = database.dataSource().getConnection()) {
            assertThat(count(connection, "SELECT count(*) FROM transactions")).isEqualTo(ROWS);
            assertThat(count(connection, "SELECT count(*) FROM import_batches WHERE NOT reverted")).isOne();
        }
    }

    /** Distinct rows, so every one of them is added by the first complete import. */
    private static Path generate(Path file) throws IOException {
        LocalDate first = LocalDate.parse("2024-01-01");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,description,amount\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(first.plusDays(i % 700) + ",SHOP " + i + ",-" + (1 + i % 500) + "." + (10 + i % 90) + "\n");
            }
        }
        return file;
    }

    /** Starts {@code myknees} in a JVM of its own on the data directory; its output goes to {@code name.out/.err}. */
    private Process cli(String name, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                MykneesCli.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(PostgresDatabase.DB_URL);
        builder.redirectOutput(dataDir.resolve(name + ".out").toFile());
        builder.redirectError(dataDir.resolve(name + ".err").toFile());
        return builder.start();
    }

    /**
     * Waits until a session other than ours holds a write lock on {@code transactions}: the import's unit of work
     * has begun writing the batch and has not committed (the lock lasts until commit). The setup run migrated the
     * schema, so no migration takes such a lock in this run.
     */
    private void awaitBatchWriting(Process importer, Path server) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && importer.isAlive()) {
            Optional<Integer> port = port(server);
            if (port.isPresent()) {
                try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port.get()
                        + "/" + PostgresDatabase.EMBEDDED_DATABASE + "?user=postgres");
                     Statement query = connection.createStatement()) {
                    while (importer.isAlive() && System.nanoTime() < deadline) {
                        try (ResultSet rs = query.executeQuery("SELECT count(*) FROM pg_locks l"
                                + " JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'transactions'"
                                + " AND l.mode <> 'AccessShareLock' AND l.granted AND l.pid <> pg_backend_pid()")) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                return;
                            }
                        }
                        Thread.sleep(5);
                    }
                } catch (SQLException notUpYet) {
                    Thread.sleep(50);
                }
            } else {
                Thread.sleep(50);
            }
        }
        importer.destroyForcibly();
        throw new AssertionError("The import was never seen writing its batch (still running: " + importer.isAlive()
                + ")\n" + log("import"));
    }

    /** The port in the server's pid file (its fourth line), once the server has written it. */
    private static Optional<Integer> port(Path server) throws IOException {
        Path pidFile = server.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() > 3 && !lines.get(3).isBlank() ? Optional.of(Integer.parseInt(lines.get(3).strip()))
                : Optional.empty();
    }

    /** The server of the killed process keeps running without an owner; it is killed as well, children first. */
    private static void killOrphanedServer(Path server) throws Exception {
        Optional<ProcessHandle> postmaster = PostgresDatabase.runningServer(server);
        if (postmaster.isEmpty()) {
            return;
        }
        List<ProcessHandle> processes = Stream.concat(postmaster.get().children(), postmaster.stream()).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String log(String name) {
        try {
            return name + ".err:\n" + Files.readString(dataDir.resolve(name + ".err"));
        } catch (IOException e) {
            return name + ".err cannot be read: " + e.getMessage();
        }
    }
}
