package org.myknees.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.myknees.bootstrap.bench.PersistenceBenchmark;
import org.myknees.bootstrap.bench.SyntheticHousehold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench persistence}: the store's benchmark, on an embedded server of its own. */
@Command(name = "bench", description = "Benchmarks anyone can run; they never touch your data.",
        subcommands = BenchCommand.Persistence.class)
final class BenchCommand {

    @Command(name = "persistence", description = "Bulk insert into PostgreSQL, then month buckets and filtered pages.")
    static final class Persistence extends CliCommand {

        @Option(names = "--rows", defaultValue = "1000000",
                description = "Transactions per run (default ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--batch", defaultValue = "50000",
                description = "Rows per unit of work (default ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--runs", defaultValue = "3",
                description = "Insert runs, each into a fresh database (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--repetitions", defaultValue = "50",
                description = "Timed repetitions of each query (default ${DEFAULT-VALUE}).")
        int repetitions;

        @Option(names = "--ids", defaultValue = "RANDOM", paramLabel = "KIND",
                description = "Ids of the made-up transactions: RANDOM (seeded, the worst case for the primary key)"
                        + " or TIME_ORDERED (what imports make) (default ${DEFAULT-VALUE}).")
        SyntheticHousehold.TransactionIds ids;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Where the benchmark's own database goes (default: a temporary directory, "
                        + "removed after).")
        Path workDir;

        @Override
        void execute(MykneesCli cli) {
            PersistenceBenchmark.Settings settings = new PersistenceBenchmark.Settings(rows, batch, runs, repetitions,
                    ids);
            Path directory = workDir;
            try {
                if (directory == null) {
                    directory = Files.createTempDirectory("myknees-bench");
                }
                Progress[] shown = {null};
                String[] task = {""};
                PersistenceBenchmark.Result result = new PersistenceBenchmark(settings, (name, done) -> {
                    if (!name.equals(task[0])) {
                        if (shown[0] != null) {
                            shown[0].done();
                        }
                        shown[0] = Progress.start(cli, name);
                        task[0] = name;
                    }
                    shown[0].update(done[0], done[1]);
                }).run(directory);
                if (shown[0] != null) {
                    shown[0].done();
                }
                print(cli, result);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the benchmark's directory", e);
            } catch (SQLException e) {
                throw new IllegalStateException("The benchmark's database failed: " + e.getMessage(), e);
            } finally {
                if (workDir == null && directory != null) {
                    delete(directory);
                }
            }
        }

        private static void print(MykneesCli cli, PersistenceBenchmark.Result result) {
            if (cli.json()) {
                Output.json(cli.out(), result);
                return;
            }
            String ids = result.ids().name().toLowerCase(Locale.ROOT).replace('_', '-');
            cli.out().printf("Bulk insert of %,d transactions (%s ids) in batches of %,d: median %,.0f rows/s"
                            + " (runs: %s)%n", result.rows(), ids, result.batch(), result.medianInsertRowsPerSecond(),
                    String.join(", ", result.insertRowsPerSecond().stream().map(r -> String.format("%,.0f", r))
                            .toList()));
            cli.out().println();
            Output.table(cli.out(), List.of("QUERY", "P50 MS", "P95 MS"), result.queries().stream()
                    .map(q -> List.of(q.query(), String.format("%.2f", q.p50Millis()), String.format("%.2f",
                            q.p95Millis()))).toList(), List.of(false, true, true));
            cli.out().println();
            cli.out().println("Machine: " + result.machine());
        }

        private static void delete(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the benchmark's directory " + directory, e);
            }
        }
    }
}
