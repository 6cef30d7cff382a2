package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.domain.account.Account;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.transaction.Transaction;

/**
 * A process writing large batches is killed with SIGKILL in the middle of one; the next start finds every
 * committed batch and nothing of the one that was being written, with report aggregates to match.
 */
class CrashRecoveryTest {

    private static final long SEED = 20_261_124;
    private static final int BATCH = 10_000;
    private static final int COMMITS_BEFORE_KILL = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    /** What is killed. */
    enum Crash {
        /** Only the MyKnees process: its embedded server keeps running without an owner. */
        PROCESS,
        /** The process, the server and all the server's children at once, as a power cut would. */
        PROCESS_AND_SERVER
    }

    @ParameterizedTest
    @EnumSource(Crash.class)
    void after_a_kill_during_a_large_write_every_committed_batch_is_back_and_no_partial_one(Crash crash)
            throws Exception {
        Path directory = dataDir.resolve("postgres");
        Process writer = startWriter(directory);
        int committed = awaitCommits(writer, directory);
        List<ProcessHandle> server = serverProcesses(directory);
        assertThat(server).as("the embedded server runs").isNotEmpty();

        writer.destroyForcibly();
        if (crash == Crash.PROCESS_AND_SERVER) {
            server.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle process : crash == Crash.PROCESS_AND_SERVER ? server : List.<ProcessHandle>of()) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        if (crash == Crash.PROCESS) {
            assertThat(server.get(0).isAlive()).as("the orphaned server still runs").isTrue();
        }

        try (PostgresDatabase database = PostgresDatabase.embedded(directory);
             PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
            Account account = CrashWriter.account(SEED);
            long stored = store.transactions().count(account.householdId());
            assertThat(stored % BATCH).as("no partial batch among %d rows", stored).isZero();
            int batches = (int) (stored / BATCH);
            assertThat(batches).as("every committed batch").isGreaterThanOrEqualTo(committed);

            RandomTransactions random = CrashWriter.random(SEED);
            List<Transaction> expected = new ArrayList<>();
            for (int i = 0; i < batches; i++) {
                expected.addAll(CrashWriter.batch(random, BATCH));
            }
            assertThat(countStored(database, expected)).isEqualTo(expected.size());
            Period all = new Period(LocalDate.parse("2019-01-01"), LocalDate.parse("2026-12-31"));
            assertThat(store.reports().monthBuckets(account.householdId(), all))
                    .isEqualTo(ReportCalculator.monthBuckets(expected, all));
        }
    }

    private Process startWriter(Path directory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), directory.toString(), Long.toString(SEED), Integer.toString(BATCH));
        builder.redirectError(dataDir.resolve("writer.log").toFile());
        return builder.start();
    }

    /** Waits for the writer's commits and returns how many it reported before it is killed. */
    private int awaitCommits(Process writer, Path directory) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int committed = 0;
        while (committed < COMMITS_BEFORE_KILL) {
            String line = out.readLine();
            if (line == null || System.nanoTime() > deadline) {
                writer.destroyForcibly();
                throw new AssertionError("The writer stopped before " + COMMITS_BEFORE_KILL + " commits; its log:\n"
                        + Files.readString(dataDir.resolve("writer.log")));
            }
            if (line.startsWith("COMMITTED ")) {
                committed = Integer.parseInt(line.substring("COMMITTED ".length()));
            }
        }
        return committed;
    }

    /** The postmaster named by the data directory's pid file, then its children. */
    private static List<ProcessHandle> serverProcesses(Path directory) throws IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        PostgresDatabase.runningServer(directory).ifPresent(postmaster -> {
            processes.add(postmaster);
            postmaster.children().forEach(processes::add);
        });
        return processes;
    }

    private static long countStored(PostgresDatabase database, List<Transaction> rows) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM transactions WHERE transaction_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid",
                    rows.stream().map(tx -> tx.id().value()).toArray(UUID[]::new)));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
