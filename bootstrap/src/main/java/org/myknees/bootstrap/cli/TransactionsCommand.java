package org.myknees.bootstrap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code transactions list}. */
@Command(name = "transactions", description = "Look at the household's transactions.",
        subcommands = TransactionsCommand.ListTransactions.class)
final class TransactionsCommand {

    /** A transaction as the JSON output shows it. */
    record TransactionJson(String id, String account, String date, String amount, String currency, String category,
                           String categorySource, String description, String merchant, String notes,
                           List<String> tags, String status, long version) {

        static TransactionJson of(Transaction tx, Map<AccountId, Account> accounts) {
            return new TransactionJson(tx.id().toString(), code(tx, accounts), tx.bookingDate().toString(),
                    tx.amount().toDecimalString(), tx.amount().currency().getCurrencyCode(),
                    tx.category().category().map(CategoryKey::value).orElse(null), tx.category().source().name(),
                    tx.rawDescriptor(), tx.merchant().orElse(null), tx.notes(), List.copyOf(tx.tags()),
                    tx.status().name(), tx.version());
        }
    }

    /** A page of transactions as the JSON output shows it. */
    record PageJson(List<TransactionJson> items, String nextCursor) {
    }

    @Command(name = "list", description = "List transactions, newest first, a page at a time.")
    static final class ListTransactions extends CliCommand {

        @Option(names = "--from", paramLabel = "DATE",
                description = "Booked on or after this day (YYYY-MM-DD or YYYY-MM).")
        String from;

        @Option(names = "--to", paramLabel = "DATE",
                description = "Booked on or before this day (YYYY-MM-DD or YYYY-MM).")
        String to;

        @Option(names = "--account", paramLabel = "CODE", description = "In this account (repeatable).")
        List<String> accounts = new ArrayList<>();

        @Option(names = "--category", paramLabel = "CATEGORY",
                description = "In this category or one of its detailed categories, also by split line (repeatable).")
        List<String> categories = new ArrayList<>();

        @Option(names = "--uncategorized", description = "Also (or only) transactions without a category.")
        boolean uncategorized;

        @Option(names = "--text", description = "Descriptor, merchant or notes contain this, in any case.")
        String text;

        @Option(names = "--min", paramLabel = "AMOUNT", description = "Amount at least this, such as -50.00.")
        String min;

        @Option(names = "--max", paramLabel = "AMOUNT", description = "Amount at most this, such as -4.50.")
        String max;

        @Option(names = "--currency", description = "The currency of --min and --max (default: the accounts').")
        String currency;

        @Option(names = "--limit", defaultValue = "50",
                description = "At most this many (1 to 500, default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--cursor", description = "Continue after the page that printed this cursor.")
        String cursor;

        @Override
        void execute(MykneesCli cli) {
            UserId actor = cli.actor();
            HouseholdId household = cli.household().id();
            Map<AccountId, Account> byId = cli.backend().accounts().listAccounts(actor, household, true).stream()
                    .collect(Collectors.toMap(Account::id, Function.identity()));
            TransactionFilter filter = filter(cli, actor, household, byId);
            if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
                throw new IllegalArgumentException("--limit " + limit + " is outside 1 to " + PageRequest.MAX_LIMIT);
            }
            Page<Transaction> page = cli.backend().transactions().listTransactions(actor, household, filter,
                    new PageRequest(Optional.ofNullable(cursor), limit));
            if (cli.json()) {
                Output.json(cli.out(), new PageJson(page.items().stream().map(tx -> TransactionJson.of(tx, byId))
                        .toList(), page.nextCursor().orElse(null)));
                return;
            }
            if (page.items().isEmpty()) {
                cli.out().println("No transactions match.");
                return;
            }
            Output.table(cli.out(), List.of("DATE", "ACCOUNT", "AMOUNT", "CURRENCY", "CATEGORY", "DESCRIPTION"),
                    page.items().stream().map(tx -> List.of(tx.bookingDate().toString(), code(tx, byId),
                            tx.amount().toDecimalString(), tx.amount().currency().getCurrencyCode(),
                            tx.isSplit() ? "(split)" : tx.category().category().map(CategoryKey::value).orElse(""),
                            tx.rawDescriptor())).toList(),
                    List.of(false, false, true, false, false, false));
            page.nextCursor().ifPresent(next -> cli.err().println("More: add --cursor " + next));
        }

        private TransactionFilter filter(MykneesCli cli, UserId actor, HouseholdId household,
                                         Map<AccountId, Account> byId) {
            TransactionFilter filter = TransactionFilter.all();
            if (from != null || to != null) {
                filter = filter.withPeriod(new Period(
                        from == null ? LocalDate.of(1, 1, 1) : Arguments.startOf("--from", from),
                        to == null ? LocalDate.of(9999, 12, 31) : Arguments.endOf("--to", to)));
            }
            Set<AccountId> selected = new HashSet<>();
            for (String code : accounts) {
                AccountCode wanted = new AccountCode(code.strip());
                selected.add(byId.values().stream().filter(a -> a.code().uniqueKey().equals(wanted.uniqueKey()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("--account " + code
                                + ": the household has no account with this code")).id());
            }
            filter = filter.withAccounts(selected);
            Set<CategoryKey> keys = new HashSet<>();
            for (String category : categories) {
                keys.add(Arguments.category(category, cli.backend().categories(), actor, household));
            }
            filter = filter.withCategories(keys, uncategorized).withText(text);
            if (min != null || max != null) {
                Currency of = amountCurrency(selected, byId);
                filter = filter.withAmountRange(Optional.ofNullable(min).map(m -> Money.parse(m, of)),
                        Optional.ofNullable(max).map(m -> Money.parse(m, of)));
            }
            return filter;
        }

        /** The currency of --min/--max: --currency, else the one currency of the chosen (or all) accounts. */
        private Currency amountCurrency(Set<AccountId> selected, Map<AccountId, Account> byId) {
            if (currency != null) {
                return Money.currency(currency);
            }
            Set<Currency> currencies = byId.values().stream()
                    .filter(a -> selected.isEmpty() || selected.contains(a.id()))
                    .map(Account::currency).collect(Collectors.toSet());
            if (currencies.size() != 1) {
                throw new IllegalArgumentException("--min and --max need --currency: the accounts hold "
                        + (currencies.isEmpty() ? "no currency yet" : currencies.size() + " currencies"));
            }
            return currencies.iterator().next();
        }
    }

    private static String code(Transaction tx, Map<AccountId, Account> accounts) {
        Account account = accounts.get(tx.accountId());
        return account == null ? tx.accountId().toString() : account.code().value();
    }
}
