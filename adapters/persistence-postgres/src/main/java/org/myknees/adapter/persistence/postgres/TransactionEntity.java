package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * A row of {@code transactions} with its split lines in {@code transaction_split_lines}. The bulk path
 * ({@link TransactionCopy}) writes the same columns without this class.
 */
@Entity(name = "Transaction")
@Table(name = "transactions")
@IdClass(ScopedId.class)
class TransactionEntity implements StoredAggregate<Transaction> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "transaction_id")
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "booking_date", nullable = false)
    private LocalDate bookingDate;

    @Column(name = "value_date")
    private LocalDate valueDate;

    @Column(name = "amount", nullable = false)
    private long amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "raw_descriptor", nullable = false)
    private String rawDescriptor;

    @Column(name = "normalized_descriptor", nullable = false)
    private String normalizedDescriptor;

    @Column(name = "merchant")
    private String merchant;

    @Column(name = "status", nullable = false, length = 8)
    private String status;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "notes", nullable = false)
    private String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    private String[] tags;

    @Column(name = "one_time_event_id")
    private UUID oneTimeEventId;

    @Column(name = "transfer_link")
    private UUID transferLink;

    @Column(name = "split_lines", nullable = false)
    private short splitLineCount;

    @Column(name = "category_key", length = 100)
    private String categoryKey;

    @Column(name = "category_source", nullable = false, length = 16)
    private String categorySource;

    @Column(name = "category_confidence", nullable = false)
    private double categoryConfidence;

    @Column(name = "category_decided_by")
    private String categoryDecidedBy;

    @ElementCollection
    @CollectionTable(name = "transaction_split_lines", joinColumns = {
            @JoinColumn(name = "household_id", referencedColumnName = "household_id"),
            @JoinColumn(name = "transaction_id", referencedColumnName = "transaction_id")})
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<Line> splits = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TransactionEntity() {
    }

    static TransactionEntity of(Transaction tx) {
        TransactionEntity entity = new TransactionEntity();
        entity.householdId = tx.householdId().value();
        entity.id = tx.id().value();
        entity.copyFrom(tx);
        entity.version = tx.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(Transaction tx) {
        accountId = tx.accountId().value();
        bookingDate = tx.bookingDate();
        valueDate = tx.valueDate().orElse(null);
        amount = tx.amount().minorUnits();
        currency = tx.amount().currency().getCurrencyCode();
        rawDescriptor = tx.rawDescriptor();
        normalizedDescriptor = tx.normalizedDescriptor();
        merchant = tx.merchant().orElse(null);
        status = tx.status().name();
        externalId = tx.externalId().orElse(null);
        notes = tx.notes();
        String[] nextTags = tx.tags().toArray(String[]::new);
        if (tags == null || !Arrays.equals(tags, nextTags)) {
            tags = nextTags;
        }
        oneTimeEventId = tx.oneTimeEvent().map(OneTimeEventId::value).orElse(null);
        transferLink = tx.transferLink().map(TransactionId::value).orElse(null);
        CategoryAssignment category = tx.category();
        categoryKey = category.category().map(CategoryKey::value).orElse(null);
        categorySource = category.source().name();
        categoryConfidence = category.confidence();
        categoryDecidedBy = category.decidedBy().orElse(null);
        List<Line> nextSplits = tx.splits().stream().map(Line::of).toList();
        if (!nextSplits.equals(splits)) {
            splits.clear();
            splits.addAll(nextSplits);
        }
        splitLineCount = (short) nextSplits.size();
    }

    @Override
    public Transaction toDomain() {
        Currency money = Currency.getInstance(currency);
        List<SplitLine> lines = splitLineCount == 0 ? List.of()
                : splits.stream().map(line -> line.toDomain(money)).toList();
        return new Transaction.Builder()
                .id(new TransactionId(id))
                .householdId(new HouseholdId(householdId))
                .accountId(new AccountId(accountId))
                .bookingDate(bookingDate)
                .valueDate(Optional.ofNullable(valueDate))
                .amount(Money.ofMinor(amount, money))
                .rawDescriptor(rawDescriptor)
                .normalizedDescriptor(normalizedDescriptor)
                .merchant(Optional.ofNullable(merchant))
                .status(TransactionStatus.valueOf(status))
                .externalId(Optional.ofNullable(externalId))
                .notes(notes)
                .tags(new LinkedHashSet<>(Arrays.asList(tags)))
                .oneTimeEvent(Optional.ofNullable(oneTimeEventId).map(OneTimeEventId::new))
                .transferLink(Optional.ofNullable(transferLink).map(TransactionId::new))
                .splits(lines)
                .category(new CategoryAssignment(Optional.ofNullable(categoryKey).map(CategoryKey::new),
                        AssignmentSource.valueOf(categorySource), categoryConfidence,
                        Optional.ofNullable(categoryDecidedBy)))
                .version(version)
                .build();
    }

    @Override
    public long version() {
        return version;
    }

    /** A row of {@code transaction_split_lines}; its currency is the transaction's. */
    @Embeddable
    static class Line {

        @Column(name = "amount", nullable = false)
        private long amount;

        @Column(name = "description", nullable = false)
        private String description;

        @Column(name = "category_key", length = 100)
        private String categoryKey;

        protected Line() {
        }

        static Line of(SplitLine split) {
            Line line = new Line();
            line.amount = split.amount().minorUnits();
            line.description = split.description();
            line.categoryKey = split.category().map(CategoryKey::value).orElse(null);
            return line;
        }

        SplitLine toDomain(Currency currency) {
            return new SplitLine(Money.ofMinor(amount, currency), description,
                    Optional.ofNullable(categoryKey).map(CategoryKey::new));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line other && amount == other.amount && description.equals(other.description)
                    && Objects.equals(categoryKey, other.categoryKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(amount, description, categoryKey);
        }
    }
}
