package org.myknees.application.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/** Builds stored aggregates for the contract suites. */
public final class ContractFixtures {

    public static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final PortsUnderTest ports;

    public ContractFixtures(PortsUnderTest ports) {
        this.ports = ports;
    }

    public Household household(UserId owner) {
        return ports.households().save(Household.create(HouseholdId.newId(), "Household " + owner, owner, AT).value());
    }

    public Household household() {
        return household(UserId.newId());
    }

    public Account account(HouseholdId household, String code) {
        return account(household, code, "USD");
    }

    public Account account(HouseholdId household, String code, String currency) {
        return ports.accounts().save(Account.open(AccountId.newId(), household, new AccountCode(code), code,
                AccountType.CHECKING, Money.ofMinor(0, currency), LocalDate.of(2025, 1, 1), Optional.empty(), AT)
                .value());
    }

    /** An unsaved transaction. */
    public static Transaction transaction(Account account, String date, long minor, String raw) {
        return Transaction.record(TransactionId.newId(), account, LocalDate.parse(date),
                Money.ofMinor(minor, account.currency()), raw, raw.toUpperCase(java.util.Locale.ROOT),
                TransactionStatus.POSTED, Optional.empty(), AT).value();
    }

    /** The assignment a household rule gives. */
    public static org.myknees.domain.category.CategoryAssignment byRule(org.myknees.domain.category.CategoryKey key) {
        return org.myknees.domain.category.CategoryAssignment.automatic(key,
                org.myknees.domain.category.AssignmentSource.RULE, 1, "rule-1");
    }

    public Transaction saved(Account account, String date, long minor, String raw) {
        return ports.transactions().save(transaction(account, date, minor, raw));
    }
}
