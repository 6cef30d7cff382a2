package org.myknees.domain.account;

import java.time.Instant;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.household.HouseholdId;

/** The events of the account aggregate. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record AccountOpened(HouseholdId householdId, AccountId accountId, AccountCode code, String name,
                                AccountType type, String currency, Instant occurredAt) implements DomainEvent {
    }

    public record AccountRenamed(HouseholdId householdId, AccountId accountId, String name, Instant occurredAt)
            implements DomainEvent {
    }

    public record AccountArchived(HouseholdId householdId, AccountId accountId, Instant occurredAt)
            implements DomainEvent {
    }
}
