package org.myknees.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdId;

/** Accounts held in memory. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final MemoryDatabase database;
    private final Map<AccountId, Account> accounts = new HashMap<>();

    InMemoryAccountRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<Account> find(HouseholdId household, AccountId id) {
        return database.read(() -> Optional.ofNullable(accounts.get(id)).filter(a -> a.householdId().equals(household)));
    }

    @Override
    public Optional<Account> findByCode(HouseholdId household, AccountCode code) {
        return database.read(() -> accounts.values().stream()
                .filter(a -> a.householdId().equals(household) && a.code().uniqueKey().equals(code.uniqueKey()))
                .findFirst());
    }

    @Override
    public List<Account> list(HouseholdId household, boolean includeArchived) {
        return database.read(() -> accounts.values().stream()
                .filter(a -> a.householdId().equals(household) && (includeArchived || !a.archived()))
                .sorted(Comparator.comparing((Account a) -> a.code().uniqueKey()))
                .toList());
    }

    @Override
    public Account save(Account account) {
        return database.inUnit(() -> {
            Account previous = accounts.get(account.id());
            if (previous != null && !previous.householdId().equals(account.householdId())) {
                throw new IllegalArgumentException("Account " + account.id() + " belongs to another household");
            }
            findByCode(account.householdId(), account.code()).filter(other -> !other.id().equals(account.id()))
                    .ifPresent(other -> {
                        throw new AccountCodeTakenException(account.code());
                    });
            Account stored = Versioned.next("account", accounts, account.id(), account, Account::version,
                    account::withVersion);
            return database.put(stored.householdId(), accounts, stored.id(), stored);
        });
    }
}
