package org.myknees.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.Change;
import org.myknees.domain.Names;
import org.myknees.domain.account.AccountEvents.AccountArchived;
import org.myknees.domain.account.AccountEvents.AccountOpened;
import org.myknees.domain.account.AccountEvents.AccountRenamed;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.CurrencyMismatchException;
import org.myknees.domain.money.Money;

/**
 * An account of a household. Invariants: the opening balance is in the account's currency; an archived account
 * stays archived and keeps its history but takes no new transactions. Immutable; {@code version} is advanced
 * by the repository only.
 */
public record Account(AccountId id, HouseholdId householdId, AccountCode code, String name, AccountType type,
                      Currency currency, Optional<ImportFormat> defaultImportFormat, Money openingBalance,
                      LocalDate openingDate, boolean archived, long version) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(code, "code");
        name = Names.require("account name", name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(defaultImportFormat, "defaultImportFormat");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(openingDate, "openingDate");
        if (!openingBalance.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, openingBalance.currency());
        }
    }

    public static Change<Account> open(AccountId id, HouseholdId household, AccountCode code, String name,
                                       AccountType type, Money openingBalance, LocalDate openingDate,
                                       Optional<ImportFormat> defaultImportFormat, Instant at) {
        Account account = new Account(id, household, code, name, type, openingBalance.currency(),
                defaultImportFormat, openingBalance, openingDate, false, 0);
        return Change.of(account, new AccountOpened(household, id, code, account.name(), type,
                account.currency().getCurrencyCode(), at));
    }

    public Change<Account> rename(String newName, Instant at) {
        Account renamed = new Account(id, householdId, code, newName, type, currency, defaultImportFormat,
                openingBalance, openingDate, archived, version);
        return Change.of(renamed, new AccountRenamed(householdId, id, renamed.name(), at));
    }

    public Change<Account> archive(Instant at) {
        if (archived) {
            throw new AccountArchivedException(code);
        }
        Account closed = new Account(id, householdId, code, name, type, currency, defaultImportFormat,
                openingBalance, openingDate, true, version);
        return Change.of(closed, new AccountArchived(householdId, id, at));
    }

    /** Fails unless the account can take new transactions. */
    public void requireOpen() {
        if (archived) {
            throw new AccountArchivedException(code);
        }
    }

    public Account withVersion(long newVersion) {
        return new Account(id, householdId, code, name, type, currency, defaultImportFormat, openingBalance,
                openingDate, archived, newVersion);
    }
}
