package org.myknees.example.embedding;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.application.account.AccountService;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.report.ReportService;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.report.MonthBucket;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/** Records a few transactions, pins a category and prints the month buckets: MyKnees as a library. */
public final class EmbeddedBudget {

    private EmbeddedBudget() {
    }

    public static void main(String[] args) {
        run(Clock.systemDefaultZone(), System.out);
    }

    static void run(Clock clock, PrintStream out) {
        // Wiring: one store, one clock, plain constructors. No container, no server.
        InMemoryPersistence store = new InMemoryPersistence();
        HouseholdService households = new HouseholdService(store.households(), store.unitOfWork(), store.outbox(), clock);
        AccountService accounts = new AccountService(store.accounts(), store.households(), store.unitOfWork(),
                store.outbox(), clock);
        TransactionService transactions = new TransactionService(store.transactions(), store.accounts(),
                store.oneTimeEvents(), new CategoryCatalog(Taxonomy.plaidV1(), store.categories()), store.households(),
                store.unitOfWork(), store.outbox(), clock);
        ReportService reports = new ReportService(store.reports(), store.transactions(), store.households(), clock);

        UserId me = UserId.newId();
        Household home = households.createHousehold(new CreateHouseholdCommand(me, "Home"));
        Account checking = accounts.openAccount(new OpenAccountCommand(me, home.id(), new AccountCode("Ally_Bank"),
                "Ally checking", AccountType.CHECKING, Money.parse("2500.00", "USD"), LocalDate.of(2026, 1, 1),
                Optional.empty()));

        Transaction coffee = record(transactions, me, home, checking, "2026-01-03", "-4.50", "STARBUCKS #1234");
        record(transactions, me, home, checking, "2026-01-04", "-5.25", "STARBUCKS #0042");
        record(transactions, me, home, checking, "2026-01-15", "3200.00", "ACME CORP PAYROLL");
        transactions.pinCategory(new PinCategoryCommand(me, home.id(), coffee.id(),
                Optional.of(CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE")), java.util.OptionalLong.empty()));

        Period january = Period.of(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
        for (MonthBucket bucket : reports.monthBuckets(me, home.id(), january).buckets()) {
            out.printf("%s %s %s (%d rows)%n", bucket.month(),
                    bucket.category().map(CategoryKey::value).orElse("(uncategorized)"), bucket.total(), bucket.count());
        }
    }

    private static Transaction record(TransactionService transactions, UserId me, Household home, Account account,
                                      String date, String amount, String text) {
        return transactions.recordTransaction(new RecordTransactionCommand(me, home.id(), account.id(),
                LocalDate.parse(date), Money.parse(amount, "USD"), text, TransactionStatus.POSTED, Optional.empty()));
    }
}
