package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The command line run in-process against the embedded PostgreSQL in a temporary data directory. Most tests share
 * one open store and keep apart by working in households of their own.
 */
class MykneesCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Backend backend;
    private static Map<String, String> environment;

    @BeforeAll
    static void openStore() {
        environment = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, shared.toString());
        backend = Backend.open(new DataDirectory(shared), environment, CLOCK);
    }

    @AfterAll
    static void closeStore() {
        backend.close();
    }

    @Test
    void an_added_account_is_listed_as_a_table_and_as_json() throws Exception {
        CliRun added = run("--household", "accounts-test", "accounts", "add", "Ally_Bank", "--name", "Ally Bank",
                "--currency", "USD", "--opening-balance", "1250.00");
        CliRun table = run("--household", "accounts-test", "accounts", "list");
        CliRun json = run("accounts", "list", "--household", "accounts-test", "--json");

        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("Opened Ally_Bank (Ally Bank, checking, USD)");
        assertThat(added.err()).contains("Created household 'accounts-test'");
        assertThat(table.out().lines().toList()).hasSize(2);
        assertThat(table.out()).contains("Ally_Bank", "Ally Bank", "CHECKING", "1250.00");
        List<Map<String, Object>> accounts = JSON.readValue(json.out(), new TypeReference<>() { });
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("code", "Ally_Bank").containsEntry("currency", "USD")
                    .containsEntry("openingBalance", "1250.00").containsEntry("archived", false);
        });
    }

    @Test
    void month_buckets_as_json_give_the_signed_total_and_count_per_month_and_category() throws Exception {
        Seeded seeded = seed("buckets-test");
        seeded.record("2026-01-05", "-12.34", "WHOLE FOODS", "FOOD_AND_DRINK_GROCERIES");
        seeded.record("2026-01-20", "-5.00", "SAFEWAY", "FOOD_AND_DRINK_GROCERIES");
        seeded.record("2026-01-21", "-3.00", "MYSTERY", null);
        seeded.record("2026-02-01", "2500.00", "ACME PAYROLL", "INCOME_WAGES");
        seeded.record("2025-12-31", "-99.00", "BEFORE THE PERIOD", "FOOD_AND_DRINK_GROCERIES");

        CliRun json = run("--household", "buckets-test", "report", "month-buckets", "--from", "2026-01", "--to", "2026-02",
                "--json");

        assertThat(json.code()).isZero();
        List<Map<String, Object>> buckets = JSON.readValue(json.out(), new TypeReference<>() { });
        assertThat(buckets).containsExactly(
                bucket("2026-01", "FOOD_AND_DRINK_GROCERIES", "-17.34", 2),
                bucket("2026-01", null, "-3.00", 1),
                bucket("2026-02", "INCOME_WAGES", "2500.00", 1));
    }

    @Test
    void transactions_are_filtered_and_paged_with_the_cursor_the_previous_page_printed() throws Exception {
        Seeded seeded = seed("listing-test");
        for (int day = 1; day <= 5; day++) {
            seeded.record("2026-02-0" + day, "-" + day + ".00", "COFFEE SHOP " + day, "FOOD_AND_DRINK_COFFEE");
        }
        seeded.record("2026-02-10", "-80.00", "GROCER", "FOOD_AND_DRINK_GROCERIES");

        CliRun first = run("--household", "listing-test", "transactions", "list", "--text", "coffee", "--max", "-2.00",
                "--limit", "2", "--json");
        Map<String, Object> page = JSON.readValue(first.out(), new TypeReference<>() { });
        CliRun second = run("--household", "listing-test", "transactions", "list", "--text", "coffee", "--max", "-2.00",
                "--limit", "2", "--json", "--cursor", (String) page.get("nextCursor"));
        CliRun byCategory = run("--household", "listing-test", "transactions", "list", "--category", "food_and_drink",
                "--from", "2026-02-05", "--account", "checking");

        assertThat(descriptions(page)).containsExactly("COFFEE SHOP 5", "COFFEE SHOP 4");
        assertThat(descriptions(JSON.readValue(second.out(), new TypeReference<>() { })))
                .containsExactly("COFFEE SHOP 3", "COFFEE SHOP 2");
        assertThat(byCategory.code()).isZero();
        assertThat(byCategory.out()).contains("GROCER", "COFFEE SHOP 5").doesNotContain("COFFEE SHOP 4");
    }

    @Test
    void a_rules_dry_run_prints_each_change_the_preview_lists_and_changes_nothing(@TempDir Path dir)
            throws Exception {
        Seeded seeded = seed("dry-run-test");
        seeded.record("2026-02-01", "-4.50", "STARBUCKS 1234", null);
        seeded.record("2026-02-02", "-5.00", "STARBUCKS 99", "TRANSPORTATION_GAS");
        Path file = Files.writeString(dir.resolve("rules.csv"), "match,pattern,category\ncontains,STARBUCKS,"
                + "FOOD_AND_DRINK_COFFEE\n");
        assertThat(run("--household", "dry-run-test", "rules", "import", file.toString()).code()).isZero();

        CliRun dryRun = run("--household", "dry-run-test", "rules", "apply", "--dry-run");
        CliRun again = run("--household", "dry-run-test", "rules", "apply", "--dry-run");

        assertThat(dryRun.code()).isZero();
        assertThat(dryRun.out().lines().filter(line -> line.contains(" -> ")).toList()).singleElement().asString()
                .startsWith("2026-02-01  STARBUCKS 1234  category: (none) -> FOOD_AND_DRINK_COFFEE  (rule ")
                .endsWith("line 2: contains 'STARBUCKS')");
        assertThat(dryRun.out()).contains("Would make 1 changes to the 2 transactions.");
        assertThat(again.out()).isEqualTo(dryRun.out());
    }

    @Test
    void cash_flow_and_trend_come_out_as_json() throws Exception {
        Seeded seeded = seed("flow-test");
        seeded.record("2026-01-05", "-40.00", "GROCER", "FOOD_AND_DRINK_GROCERIES");
        seeded.record("2026-01-06", "-4.50", "CAFE", "FOOD_AND_DRINK_COFFEE");
        seeded.record("2026-01-31", "2000.00", "PAYROLL", "INCOME_WAGES");

        CliRun flow = run("--household", "flow-test", "report", "cash-flow", "--from", "2026-01", "--to", "2026-01",
                "--json");
        CliRun trend = run("--household", "flow-test", "report", "trend", "--category", "FOOD_AND_DRINK", "--to",
                "2026-02", "--json");

        assertThat(JSON.readValue(flow.out(), new TypeReference<List<Map<String, Object>>>() { })).containsExactly(
                Map.of("month", "2026-01", "currency", "USD", "income", "2000.00", "spending", "-44.50",
                        "net", "1955.50"));
        List<Map<String, Object>> points = JSON.readValue(trend.out(), new TypeReference<>() { });
        assertThat(points).hasSize(12);
        // The data begins on 5 January, so January is partial; February is complete and empty.
        assertThat(points.get(10)).containsEntry("month", "2026-01").containsEntry("total", "-44.50")
                .containsEntry("count", 2).containsEntry("partial", true);
        assertThat(points.get(11)).containsEntry("month", "2026-02").containsEntry("total", "0.00")
                .containsEntry("count", 0).containsEntry("partial", false);
    }

    @Test
    void errors_go_to_standard_error_with_the_problem_named_and_a_non_zero_exit_code() {
        seed("errors-test");

        CliRun unknownAccount = run("--household", "errors-test", "transactions", "list", "--account", "Nope");
        CliRun badDate = run("--household", "errors-test", "report", "cash-flow", "--from", "2026-13");
        CliRun badCategory = run("--household", "errors-test", "report", "trend", "--category", "Snacks");
        CliRun badCurrency = run("--household", "errors-test", "accounts", "add", "X", "--currency", "XYZ1");
        CliRun unknownCommand = run("transactions", "delete-everything");

        assertThat(unknownAccount.code()).isEqualTo(1);
        assertThat(unknownAccount.err()).contains("--account Nope").contains("no account with this code");
        assertThat(badDate.err()).contains("--from '2026-13' is not a month");
        assertThat(badCategory.err()).contains("--category 'Snacks'");
        assertThat(badCurrency.err()).contains("'XYZ1' is not an ISO 4217 currency code");
        assertThat(List.of(unknownAccount, badDate, badCategory, badCurrency)).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        });
        assertThat(unknownCommand.code()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("delete-everything");
    }

    @Test
    void the_real_command_line_keeps_data_in_its_data_directory_between_runs(@TempDir Path dataDir) {
        Map<String, String> env = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, dataDir.toString());

        CliRun add = run(MykneesCli.standard(env, CLOCK), "accounts", "add", "Savings", "--currency", "EUR",
                "--type", "savings");
        CliRun list = run(MykneesCli.standard(Map.of(), CLOCK), "--data-dir", dataDir.toString(), "accounts", "list");

        assertThat(add.code()).isZero();
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Savings", "SAVINGS", "EUR");
        assertThat(list.err()).doesNotContain("Created household");
        assertThat(Files.exists(dataDir.resolve("local-user"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    }

    /** A household made through the command line, with one USD checking account, to record transactions in. */
    private record Seeded(UserId actor, HouseholdId household, Account account) {

        void record(String date, String amount, String text, String category) {
            Transaction tx = backend.transactions().recordTransaction(new RecordTransactionCommand(actor, household,
                    account.id(), LocalDate.parse(date), Money.parse(amount, "USD"), text, TransactionStatus.POSTED,
                    Optional.empty()));
            if (category != null) {
                backend.transactions().pinCategory(new PinCategoryCommand(actor, household, tx.id(),
                        Optional.of(CategoryKey.taxonomy(category)), OptionalLong.empty()));
            }
        }
    }

    private static Seeded seed(String household) {
        assertThat(run("--household", household, "accounts", "add", "Checking", "--currency", "USD").code()).isZero();
        UserId actor = new DataDirectory(shared).localUser();
        HouseholdId id = backend.households().listHouseholds(actor).stream()
                .filter(h -> h.name().equals(household)).findFirst().orElseThrow().id();
        return new Seeded(actor, id, backend.accounts().getAccountByCode(actor, id, new AccountCode("Checking")));
    }

    private static Map<String, Object> bucket(String month, String category, String total, int count) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("month", month);
        bucket.put("category", category);
        bucket.put("total", total);
        bucket.put("currency", "USD");
        bucket.put("count", count);
        return bucket;
    }

    @SuppressWarnings("unchecked")
    private static List<String> descriptions(Map<String, Object> page) {
        List<String> descriptions = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) page.get("items")) {
            descriptions.add((String) item.get("description"));
        }
        return descriptions;
    }

    private static CliRun run(String... args) {
        return run(MykneesCli.on(backend, environment, CLOCK), args);
    }

    private static CliRun run(MykneesCli cli, String... args) {
        return CliRun.of(cli, args);
    }
}
