package org.myknees.adapter.persistence.postgres;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.Transaction;

/**
 * The process {@link CrashRecoveryTest} kills: it starts the embedded server on a data directory and adds batches
 * of transactions, each in its own unit of work, for as long as it lives, printing {@code COMMITTED n} after the
 * n-th commit. Every row follows from the seed, so the test can tell exactly which rows must be back.
 */
final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        PostgresDatabase database = PostgresDatabase.embedded(directory);
        PostgresPersistence store = PostgresPersistence.start(database.dataSource());
        Account account = account(seed);
        store.unitOfWork().run(() -> {
            store.households().save(new Household(account.householdId(), "Crash test",
                    Map.of(new UserId(new UUID(seed, 3)), MemberRole.OWNER), 0));
            store.accounts().save(account);
        });
        System.out.println("READY " + database.jdbcUrl());
        RandomTransactions random = random(seed);
        for (int n = 1; ; n++) {
            store.transactions().addAll(account.householdId(), batch(random, batchSize));
            System.out.println("COMMITTED " + n);
        }
    }

    static Account account(long seed) {
        return new Account(new AccountId(new UUID(seed, 2)), new HouseholdId(new UUID(seed, 1)),
                new AccountCode("Checking"), "Checking", AccountType.CHECKING, Money.currency("USD"), Optional.empty(),
                Money.ofMinor(0, "USD"), LocalDate.parse("2020-01-01"), false, 0);
    }

    static RandomTransactions random(long seed) {
        return new RandomTransactions(seed, List.of(account(seed)), LocalDate.parse("2020-01-01"), 2_000);
    }

    static List<Transaction> batch(RandomTransactions random, int size) {
        List<Transaction> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(random.next());
        }
        return batch;
    }
}
