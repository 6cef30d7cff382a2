package org.myknees.domain.transaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.myknees.domain.Change;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.CurrencyMismatchException;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.TransactionEvents.MerchantNamed;
import org.myknees.domain.transaction.TransactionEvents.TransactionAnnotated;
import org.myknees.domain.transaction.TransactionEvents.TransactionAssignedToEvent;
import org.myknees.domain.transaction.TransactionEvents.TransactionCategorized;
import org.myknees.domain.transaction.TransactionEvents.TransactionRecorded;
import org.myknees.domain.transaction.TransactionEvents.TransactionSplit;

/**
 * A movement of money in one account on a calendar date. Negative amounts are money out.
 *
 * <p>Invariants: split lines, when present, are at least two, in the transaction's currency, and add up
 * exactly to its amount; tags are trimmed, unique and sorted; a transfer link never points at itself. A manual
 * category ({@link CategoryAssignment#isPinned()}) is never replaced by {@link #categorizeAutomatically}; only
 * {@link #pinCategory} and {@link #unpinCategory}, which act for a person, change it.
 *
 * <p>Lifecycle: recorded (by hand or by import) as pending or posted; annotated, categorized, split, linked or
 * tagged to a one-time event any number of times. Immutable: every command returns a {@link Change};
 * {@code version} is advanced by the repository only.
 */
public record Transaction(TransactionId id, HouseholdId householdId, AccountId accountId, LocalDate bookingDate,
                          Optional<LocalDate> valueDate, Money amount, String rawDescriptor,
                          String normalizedDescriptor, Optional<String> merchant, TransactionStatus status,
                          Optional<String> externalId, String notes, Set<String> tags,
                          Optional<OneTimeEventId> oneTimeEvent, Optional<TransactionId> transferLink,
                          List<SplitLine> splits, CategoryAssignment category, long version) {

    public static final int MAX_NOTES = 10_000;
    public static final int MAX_TAG = 64;

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rawDescriptor, "rawDescriptor");
        Objects.requireNonNull(normalizedDescriptor, "normalizedDescriptor");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(externalId, "externalId");
        notes = Objects.requireNonNull(notes, "notes");
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("Notes may have at most " + MAX_NOTES + " characters");
        }
        tags = normalizeTags(tags);
        Objects.requireNonNull(oneTimeEvent, "oneTimeEvent");
        Objects.requireNonNull(transferLink, "transferLink");
        if (transferLink.filter(id::equals).isPresent()) {
            throw new InvalidTransferLinkException("A transaction cannot be a transfer to itself");
        }
        splits = List.copyOf(splits);
        requireSplitsAddUp(amount, splits);
        Objects.requireNonNull(category, "category");
    }

    /** Records a new transaction in an open account; the amount must be in the account's currency. */
    public static Change<Transaction> record(TransactionId id, Account account, LocalDate bookingDate, Money amount,
                                             String rawDescriptor, String normalizedDescriptor,
                                             TransactionStatus status, Optional<String> externalId, Instant at) {
        account.requireOpen();
        if (!amount.currency().equals(account.currency())) {
            throw new CurrencyMismatchException(account.currency(), amount.currency());
        }
        Transaction tx = new Transaction(id, account.householdId(), account.id(), bookingDate, Optional.empty(),
                amount, rawDescriptor, normalizedDescriptor, Optional.empty(), status, externalId, "", Set.of(),
                Optional.empty(), Optional.empty(), List.of(), CategoryAssignment.none(), 0);
        return Change.of(tx, new TransactionRecorded(tx.householdId, id, account.id(), bookingDate, amount,
                rawDescriptor, at));
    }

    /** Replaces notes and tags, as a person edits them. */
    public Change<Transaction> annotate(String newNotes, Set<String> newTags, Instant at) {
        Transaction next = toBuilder().notes(newNotes).tags(newTags).build();
        return Change.of(next, new TransactionAnnotated(householdId, id, next.notes, next.tags, at));
    }

    /** Names the merchant behind the transaction, as a rule does; the name must not be blank. */
    public Change<Transaction> nameMerchant(String name, Instant at) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("A merchant name must not be blank");
        }
        Transaction next = toBuilder().merchant(Optional.of(name)).build();
        return Change.of(next, new MerchantNamed(householdId, id, name, at));
    }

    /** A person fixes the category; it stays until a person changes it again. */
    public Change<Transaction> pinCategory(CategoryKey key, Instant at) {
        Transaction next = toBuilder().category(CategoryAssignment.manual(key)).build();
        return Change.of(next, new TransactionCategorized(householdId, id, next.category, at));
    }

    /** A person releases a pin; the transaction is uncategorized until categorization runs again. */
    public Change<Transaction> unpinCategory(Instant at) {
        Transaction next = toBuilder().category(CategoryAssignment.none()).build();
        return Change.of(next, new TransactionCategorized(householdId, id, next.category, at));
    }

    /** Applies an automatic result unless a person has pinned the category. */
    public CategorizationOutcome categorizeAutomatically(CategoryAssignment assignment, Instant at) {
        if (assignment.isPinned()) {
            throw new IllegalArgumentException("A manual category is set with pinCategory, not automatically");
        }
        if (category.isPinned()) {
            return new CategorizationOutcome.KeptManualPin(this);
        }
        if (category.equals(assignment)) {
            return new CategorizationOutcome.Unchanged(this);
        }
        Transaction next = toBuilder().category(assignment).build();
        return new CategorizationOutcome.Categorized(
                Change.of(next, new TransactionCategorized(householdId, id, assignment, at)));
    }

    /** Splits into lines that add up exactly to the amount; an empty list removes the split. */
    public Change<Transaction> split(List<SplitLine> lines, Instant at) {
        Transaction next = toBuilder().splits(lines).build();
        return Change.of(next, new TransactionSplit(householdId, id, next.splits.size(), at));
    }

    /** Tags the transaction to a one-time event (or removes it with an empty value). */
    public Change<Transaction> assignToEvent(Optional<OneTimeEventId> event, Instant at) {
        Transaction next = toBuilder().oneTimeEvent(event).build();
        return Change.of(next, new TransactionAssignedToEvent(householdId, id, event, at));
    }

    /** What the bank states about this transaction. */
    public BankFields bankFields() {
        return new BankFields(bookingDate, valueDate, amount, rawDescriptor, normalizedDescriptor, status, externalId);
    }

    /**
     * The bank restates this transaction (the posted form of a pending row, or a correction): its bank fields are
     * replaced and every person's edit (notes, tags, category, splits, transfer link, one-time event) and the merchant
     * are kept. The id and version stay, so a store saves it over the stored one.
     *
     * @throws SplitsDoNotAddUpException when the transaction is split and the new amount differs
     */
    public Transaction restate(BankFields bank) {
        return toBuilder().bookingDate(bank.bookingDate()).valueDate(bank.valueDate()).amount(bank.amount())
                .rawDescriptor(bank.rawDescriptor()).normalizedDescriptor(bank.normalizedDescriptor())
                .status(bank.status()).externalId(bank.externalId()).build();
    }

    /**
     * Whether a person has edited the transaction: notes, tags, a pinned category, a split, a transfer link or a
     * one-time event. Automatic categories and merchant names are not a person's edits.
     */
    public boolean isEditedByPerson() {
        return !notes.isEmpty() || !tags.isEmpty() || category.isPinned() || isSplit() || isTransfer()
                || oneTimeEvent.isPresent();
    }

    public boolean isTransfer() {
        return transferLink.isPresent();
    }

    public boolean isSplit() {
        return !splits.isEmpty();
    }

    public Transaction withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static Set<String> normalizeTags(Set<String> tags) {
        if (Objects.requireNonNull(tags, "tags").isEmpty()) {
            // Most transactions have no tags: they share one empty set instead of a tree each (a million per import).
            return Set.of();
        }
        Set<String> sorted = new TreeSet<>();
        for (String tag : tags) {
            String t = Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.length() > MAX_TAG) {
                throw new IllegalArgumentException("A tag must have 1 to " + MAX_TAG + " characters: '" + tag + "'");
            }
            sorted.add(t);
        }
        return Collections.unmodifiableSet(sorted);
    }

    private static void requireSplitsAddUp(Money amount, List<SplitLine> splits) {
        if (splits.isEmpty()) {
            return;
        }
        if (splits.size() < 2) {
            throw new IllegalArgumentException("A split needs at least two lines");
        }
        Money sum = Money.zero(amount.currency());
        for (SplitLine line : splits) {
            sum = sum.plus(line.amount());
        }
        if (!sum.equals(amount)) {
            throw new SplitsDoNotAddUpException(amount, sum);
        }
    }

    /**
     * Copies a transaction with some fields changed; used by the aggregate's commands and by stores that
     * reconstitute stored rows. The built transaction is validated like any other.
     */
    public static final class Builder {
        private TransactionId id;
        private HouseholdId householdId;
        private AccountId accountId;
        private LocalDate bookingDate;
        private Optional<LocalDate> valueDate = Optional.empty();
        private Money amount;
        private String rawDescriptor = "";
        private String normalizedDescriptor = "";
        private Optional<String> merchant = Optional.empty();
        private TransactionStatus status = TransactionStatus.POSTED;
        private Optional<String> externalId = Optional.empty();
        private String notes = "";
        private Set<String> tags = Set.of();
        private Optional<OneTimeEventId> oneTimeEvent = Optional.empty();
        private Optional<TransactionId> transferLink = Optional.empty();
        private List<SplitLine> splits = List.of();
        private CategoryAssignment category = CategoryAssignment.none();
        private long version;

        public Builder() {
        }

        private Builder(Transaction t) {
            id = t.id;
            householdId = t.householdId;
            accountId = t.accountId;
            bookingDate = t.bookingDate;
            valueDate = t.valueDate;
            amount = t.amount;
            rawDescriptor = t.rawDescriptor;
            normalizedDescriptor = t.normalizedDescriptor;
            merchant = t.merchant;
            status = t.status;
            externalId = t.externalId;
            notes = t.notes;
            tags = t.tags;
            oneTimeEvent = t.oneTimeEvent;
            transferLink = t.transferLink;
            splits = t.splits;
            category = t.category;
            version = t.version;
        }

        public Builder id(TransactionId value) { id = value; return this; }
        public Builder householdId(HouseholdId value) { householdId = value; return this; }
        public Builder accountId(AccountId value) { accountId = value; return this; }
        public Builder bookingDate(LocalDate value) { bookingDate = value; return this; }
        public Builder valueDate(Optional<LocalDate> value) { valueDate = value; return this; }
        public Builder amount(Money value) { amount = value; return this; }
        public Builder rawDescriptor(String value) { rawDescriptor = value; return this; }
        public Builder normalizedDescriptor(String value) { normalizedDescriptor = value; return this; }
        public Builder merchant(Optional<String> value) { merchant = value; return this; }
        public Builder status(TransactionStatus value) { status = value; return this; }
        public Builder externalId(Optional<String> value) { externalId = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder tags(Set<String> value) { tags = value; return this; }
        public Builder oneTimeEvent(Optional<OneTimeEventId> value) { oneTimeEvent = value; return this; }
        public Builder transferLink(Optional<TransactionId> value) { transferLink = value; return this; }
        public Builder splits(List<SplitLine> value) { splits = value; return this; }
        public Builder category(CategoryAssignment value) { category = value; return this; }
        public Builder version(long value) { version = value; return this; }

        public Transaction build() {
            return new Transaction(id, householdId, accountId, bookingDate, valueDate, amount, rawDescriptor,
                    normalizedDescriptor, merchant, status, externalId, notes, tags, oneTimeEvent, transferLink,
                    splits, category, version);
        }
    }
}
