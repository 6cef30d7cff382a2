package org.myknees.bootstrap.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.myknees.adapter.persistence.postgres.PostgresPersistence;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;

/**
 * Times the PostgreSQL store on an embedded server: the bulk insert of one household's transactions (each run into
 * a fresh database, batch by batch, each batch its own unit of work; making the rows up is not timed), then, on
 * the last run's data, the month-bucket report and filtered pages of 100 transactions, each repeated after a
 * warm-up. Reports medians, since the machine is shared.
 */
public final class PersistenceBenchmark {

    /** How much to do, and which ids the made-up transactions get. */
    public record Settings(int rows, int batch, int runs, int repetitions, SyntheticHousehold.TransactionIds ids) {
        public Settings {
            if (rows < 1 || batch < 1 || runs < 1 || repetitions < 1) {
                throw new IllegalArgumentException("Rows, batch, runs and repetitions must all be positive");
            }
            Objects.requireNonNull(ids, "ids");
        }
    }

    /** One measured query: its median and 95th percentile in milliseconds. */
    public record QueryTiming(String query, double p50Millis, double p95Millis) {
    }

    /** What was measured. */
    public record Result(int rows, int batch, SyntheticHousehold.TransactionIds ids, List<Double> insertRowsPerSecond,
                         double medianInsertRowsPerSecond, List<QueryTiming> queries, String machine) {
    }

    private final Settings settings;
    private final BiConsumer<String, long[]> progress;

    /**
     * @param progress told the task and {done, total} as work advances
     */
    public PersistenceBenchmark(Settings settings, BiConsumer<String, long[]> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Result run(Path workDirectory) throws SQLException {
        List<Double> rates = new ArrayList<>();
        List<QueryTiming> queries = List.of();
        try (PostgresDatabase server = PostgresDatabase.embedded(workDirectory.resolve("postgres"))) {
            for (int run = 1; run <= settings.runs(); run++) {
                String name = "bench_" + run;
                recreate(server, name);
                String url = server.jdbcUrl().replace("/" + PostgresDatabase.EMBEDDED_DATABASE + "?", "/" + name + "?");
                try (PostgresDatabase database = PostgresDatabase.external(url, Optional.empty(),
                        Optional.empty());
                     PostgresPersistence store = PostgresPersistence.start(database.dataSource())) {
                    HouseholdId household = HouseholdId.newId();
                    SyntheticHousehold data = new SyntheticHousehold(household, run, settings.ids());
                    store.households().save(new Household(household, "Benchmark",
                            Map.of(UserId.newId(), MemberRole.OWNER), 0));
                    data.accounts().forEach(store.accounts()::save);
                    rates.add(insert(store, household, data, run));
                    if (run == settings.runs()) {
                        vacuum(database);
                        queries = queries(store, household, data.accounts().get(0));
                    }
                }
                if (run < settings.runs()) {
                    drop(server, name);
                }
            }
        }
        return new Result(settings.rows(), settings.batch(), settings.ids(), rates, median(rates), queries, machine());
    }

    private double insert(PostgresPersistence store, HouseholdId household, SyntheticHousehold data, int run) {
        long nanos = 0;
        int done = 0;
        String task = "Run " + run + "/" + settings.runs() + ": inserting";
        while (done < settings.rows()) {
            List<Transaction> batch = data.next(Math.min(settings.batch(), settings.rows() - done));
            long start = System.nanoTime();
            store.transactions().addAll(household, batch);
            nanos += System.nanoTime() - start;
            done += batch.size();
            progress.accept(task, new long[] {done, settings.rows()});
        }
        return done / (nanos / 1e9);
    }

    private List<QueryTiming> queries(PostgresPersistence store, HouseholdId household, Account checking) {
        Period all = new Period(SyntheticHousehold.FIRST_DAY,
                SyntheticHousehold.FIRST_DAY.plusDays(SyntheticHousehold.DAYS));
        YearMonth lastMonth = YearMonth.from(all.to());
        Period lastYear = Period.of(lastMonth.minusMonths(11), lastMonth);
        Period cutMonths = new Period(LocalDate.parse("2023-03-17"), LocalDate.parse("2024-08-09"));
        TransactionFilter byAccountAndYear = TransactionFilter.all().withAccounts(Set.of(checking.id()))
                .withPeriod(lastYear);
        TransactionFilter byPrimaryCategory = TransactionFilter.all()
                .withCategories(Set.of(CategoryKey.taxonomy("FOOD_AND_DRINK")), false);
        TransactionFilter byText = TransactionFilter.all().withText("starbucks");
        String cursor = store.transactions().search(household, byAccountAndYear, PageRequest.first(100))
                .nextCursor().orElseThrow();
        List<QueryTiming> timings = new ArrayList<>();
        timings.add(time("month buckets, all 60 months", () -> store.reports().monthBuckets(household, all)));
        timings.add(time("month buckets, last 12 months", () -> store.reports().monthBuckets(household, lastYear)));
        timings.add(time("month buckets, period cutting months", () -> store.reports().monthBuckets(household,
                cutMonths)));
        timings.add(time("cash flow, all 60 months", () -> store.reports().cashFlow(household, all)));
        timings.add(time("trend FOOD_AND_DRINK, 12 months", () -> store.reports().trend(household,
                CategoryKey.taxonomy("FOOD_AND_DRINK"), checking.currency(), lastMonth, 12, all.to())));
        timings.add(time("page of 100: account + last 12 months", () -> page(store, household, byAccountAndYear,
                PageRequest.first(100))));
        timings.add(time("page of 100: account + last 12 months, 2nd page", () -> page(store, household,
                byAccountAndYear, PageRequest.after(cursor, 100))));
        timings.add(time("page of 100: category FOOD_AND_DRINK (primary)", () -> page(store, household,
                byPrimaryCategory, PageRequest.first(100))));
        timings.add(time("page of 100: text 'starbucks'", () -> page(store, household, byText,
                PageRequest.first(100))));
        timings.add(time("page of 100: no filter", () -> page(store, household, TransactionFilter.all(),
                PageRequest.first(100))));
        return timings;
    }

    private static Page<Transaction> page(PostgresPersistence store, HouseholdId household, TransactionFilter filter,
                                          PageRequest request) {
        Page<Transaction> page = store.transactions().search(household, filter, request);
        if (page.items().size() != request.limit()) {
            throw new IllegalStateException("The benchmark expected a full page, got " + page.items().size());
        }
        return page;
    }

    private QueryTiming time(String query, Supplier<?> work) {
        int warmUp = Math.max(20, settings.repetitions() / 2);
        double[] millis = new double[settings.repetitions()];
        for (int i = 0; i < warmUp + settings.repetitions(); i++) {
            long start = System.nanoTime();
            work.get();
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1e6;
            }
            progress.accept("Timing " + query, new long[] {i + 1, warmUp + settings.repetitions()});
        }
        Arrays.sort(millis);
        return new QueryTiming(query, percentile(millis, 50), percentile(millis, 95));
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Fresh statistics, as autovacuum would gather them soon after a large load. */
    private static void vacuum(PostgresDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE");
        }
    }

    private static void recreate(PostgresDatabase server, String name) throws SQLException {
        drop(server, name);
        execute(server, "CREATE DATABASE " + name);
    }

    private static void drop(PostgresDatabase server, String name) throws SQLException {
        execute(server, "DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(PostgresDatabase server, String sql) throws SQLException {
        try (Connection connection = server.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        }
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}
