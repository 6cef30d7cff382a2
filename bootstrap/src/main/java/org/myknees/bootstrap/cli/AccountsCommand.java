package org.myknees.bootstrap.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accounts add} and {@code accounts list}. */
@Command(name = "accounts", description = "Open and list the household's accounts.",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.ListAccounts.class})
final class AccountsCommand {

    /** An account as the JSON output shows it. */
    record AccountJson(String id, String code, String name, String type, String currency, String openingBalance,
                       String openingDate, String defaultImportFormat, boolean archived) {

        static AccountJson of(Account account) {
            return new AccountJson(account.id().toString(), account.code().value(), account.name(),
                    account.type().name(), account.currency().getCurrencyCode(),
                    account.openingBalance().toDecimalString(), account.openingDate().toString(),
                    account.defaultImportFormat().map(ImportFormat::code).orElse(null), account.archived());
        }
    }

    @Command(name = "add", description = "Open an account.")
    static final class Add extends CliCommand {

        @Parameters(index = "0", paramLabel = "CODE",
                description = "Its code, such as Ally_Bank (unique in the household).")
        String code;

        @Option(names = "--name", description = "What people call it (default: the code).")
        String name;

        @Option(names = "--type", defaultValue = "CHECKING",
                description = "CHECKING, SAVINGS, CREDIT_CARD, CASH, LOAN or INVESTMENT (default: ${DEFAULT-VALUE}).")
        String type;

        @Option(names = "--currency", required = true, description = "ISO 4217 code, such as USD.")
        String currency;

        @Option(names = "--opening-balance", defaultValue = "0", paramLabel = "AMOUNT",
                description = "The balance when tracking starts, such as 1250.00 (default: ${DEFAULT-VALUE}).")
        String openingBalance;

        @Option(names = "--opening-date", paramLabel = "YYYY-MM-DD",
                description = "When tracking starts (default: today).")
        String openingDate;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "Default import format, such as ofx or csv:ally-bank.")
        String format;

        @Override
        void execute(MykneesCli cli) {
            Money opening = Money.parse(openingBalance, Money.currency(currency));
            LocalDate opened = openingDate == null ? LocalDate.now(cli.clock())
                    : Arguments.date("--opening-date", openingDate);
            Account account = cli.backend().accounts().openAccount(new OpenAccountCommand(cli.actor(),
                    cli.household().id(), new AccountCode(code), name == null ? code : name, accountType(),
                    opening, opened, Optional.ofNullable(format).map(ImportFormat::new)));
            if (cli.json()) {
                Output.json(cli.out(), AccountJson.of(account));
            } else {
                cli.out().println("Opened " + account.code() + " (" + account.name() + ", "
                        + account.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                        + account.currency().getCurrencyCode() + ").");
            }
        }

        private AccountType accountType() {
            try {
                return AccountType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--type " + type + " is not an account type; use one of "
                        + List.of(AccountType.values()));
            }
        }
    }

    @Command(name = "list", description = "List the accounts, ordered by code.")
    static final class ListAccounts extends CliCommand {

        @Option(names = "--all", description = "Include archived accounts.")
        boolean all;

        @Override
        void execute(MykneesCli cli) {
            List<Account> accounts = cli.backend().accounts().listAccounts(cli.actor(), cli.household().id(), all);
            if (cli.json()) {
                Output.json(cli.out(), accounts.stream().map(AccountJson::of).toList());
                return;
            }
            if (accounts.isEmpty()) {
                cli.out().println("No accounts yet: open one with 'myknees accounts add CODE --currency USD'.");
                return;
            }
            Output.table(cli.out(), List.of("CODE", "NAME", "TYPE", "CURRENCY", "OPENING", "SINCE", "ARCHIVED"),
                    accounts.stream().map(a -> List.of(a.code().value(), a.name(), a.type().name(),
                            a.currency().getCurrencyCode(), a.openingBalance().toDecimalString(),
                            a.openingDate().toString(), a.archived() ? "yes" : "")).toList(),
                    List.of(false, false, false, false, true, false, false));
        }
    }
}
