package org.myknees.application.transaction.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The commands of the transaction use cases; each validates itself on construction. Commands that edit a
 * transaction may carry the version the caller last saw ({@code expectedVersion}): when it is stale the edit
 * is refused with a version conflict instead of overwriting someone else's change.
 */
public final class TransactionCommands {

    private TransactionCommands() {
    }

    public record RecordTransactionCommand(UserId actor, HouseholdId household, AccountId account,
                                           LocalDate bookingDate, Money amount, String rawDescriptor,
                                           TransactionStatus status, Optional<String> externalId) {
        public RecordTransactionCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(bookingDate, "bookingDate");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rawDescriptor, "rawDescriptor");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(externalId, "externalId");
        }
    }

    public record AnnotateTransactionCommand(UserId actor, HouseholdId household, TransactionId transaction,
                                             String notes, Set<String> tags, OptionalLong expectedVersion) {
        public AnnotateTransactionCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(notes, "notes");
            tags = Set.copyOf(tags);
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    /** Pins a category, or with an empty category releases the pin. */
    public record PinCategoryCommand(UserId actor, HouseholdId household, TransactionId transaction,
                                     Optional<CategoryKey> category, OptionalLong expectedVersion) {
        public PinCategoryCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    /** Splits a transaction into lines; an empty list removes the split. */
    public record SplitTransactionCommand(UserId actor, HouseholdId household, TransactionId transaction,
                                          List<SplitLine> lines, OptionalLong expectedVersion) {
        public SplitTransactionCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
            lines = List.copyOf(lines);
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    public record LinkTransferCommand(UserId actor, HouseholdId household, TransactionId transaction,
                                      TransactionId counterpart) {
        public LinkTransferCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(counterpart, "counterpart");
        }
    }

    public record UnlinkTransferCommand(UserId actor, HouseholdId household, TransactionId transaction) {
        public UnlinkTransferCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
        }
    }

    /** Tags a transaction to a one-time event, or with an empty event removes the tag. */
    public record AssignToEventCommand(UserId actor, HouseholdId household, TransactionId transaction,
                                       Optional<OneTimeEventId> event) {
        public AssignToEventCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(event, "event");
        }
    }
}
