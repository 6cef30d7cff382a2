package org.myknees.adapter.persistence.postgres;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * Random transactions with every feature the reporting policy cares about (categories with primary and detailed
 * codes, custom categories, splits, one-time events, transfers, several currencies), reproducible from a seed.
 * Ids come from the same random source, so a seed names the rows exactly.
 */
final class RandomTransactions {

    static final CategoryKey CUSTOM = CategoryKey.custom(new CategoryId(new UUID(7, 7)));
    static final List<CategoryKey> CATEGORIES = List.of(
            CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES"), CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE"),
            CategoryKey.taxonomy("FOOD_AND_DRINK"), CategoryKey.taxonomy("RENT_AND_UTILITIES_RENT"),
            CategoryKey.taxonomy("INCOME_WAGES"), CategoryKey.taxonomy("TRANSPORTATION_GAS"), CUSTOM);

    private final Random random;
    private final List<Account> accounts;
    private final List<OneTimeEventId> events;
    private final LocalDate first;
    private final int days;

    RandomTransactions(long seed, List<Account> accounts, LocalDate first, int days) {
        this.random = new Random(seed);
        this.accounts = List.copyOf(accounts);
        this.events = List.of(new OneTimeEventId(new UUID(seed, 1)), new OneTimeEventId(new UUID(seed, 2)));
        this.first = first;
        this.days = days;
    }

    /** A new, unsaved transaction. */
    Transaction next() {
        Account account = accounts.get(random.nextInt(accounts.size()));
        Transaction tx = Transaction.record(new TransactionId(new UUID(random.nextLong(), random.nextLong())), account,
                date(), Money.ofMinor(random.nextInt(60_000) - 45_000, account.currency()),
                "SHOP " + random.nextInt(500), "SHOP", TransactionStatus.POSTED, Optional.empty(),
                ContractFixtures.AT).value();
        return edit(tx, 4);
    }

    /** The transaction with a few random changes a person or a categorizer could make. */
    Transaction edit(Transaction tx) {
        return edit(tx, 1 + random.nextInt(2));
    }

    private Transaction edit(Transaction tx, int changes) {
        Transaction.Builder next = tx.toBuilder();
        for (int i = 0; i < changes; i++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> next.category(random.nextInt(5) == 0 ? CategoryAssignment.none()
                        : CategoryAssignment.automatic(category(), AssignmentSource.RULE, 1, "rule"));
                case 2 -> next.splits(splits(next.build().amount()));
                case 3 -> next.oneTimeEvent(random.nextInt(8) == 0
                        ? Optional.of(events.get(random.nextInt(events.size()))) : Optional.empty());
                case 4 -> next.transferLink(random.nextInt(10) == 0
                        ? Optional.of(new TransactionId(new UUID(random.nextLong(), random.nextLong())))
                        : Optional.empty());
                case 5 -> next.bookingDate(date());
                case 6 -> next.notes("note " + random.nextInt(100)).tags(Set.of("t" + random.nextInt(5)));
                default -> {
                    Money amount = Money.ofMinor(random.nextInt(60_000) - 45_000, tx.amount().currency());
                    next.amount(amount).splits(List.of());
                }
            }
        }
        return next.build();
    }

    private List<SplitLine> splits(Money amount) {
        if (amount.isZero() || random.nextInt(3) == 0) {
            return List.of();
        }
        List<Money> parts = amount.allocate(1 + random.nextInt(3), 1 + random.nextInt(3));
        return List.of(new SplitLine(parts.get(0), "first", Optional.of(category())),
                new SplitLine(parts.get(1), "second",
                        random.nextBoolean() ? Optional.empty() : Optional.of(category())));
    }

    private CategoryKey category() {
        return CATEGORIES.get(random.nextInt(CATEGORIES.size()));
    }

    private LocalDate date() {
        return first.plusDays(random.nextInt(days));
    }

    /** A random period within the data's dates and a little beyond, often not aligned to months. */
    Period period() {
        LocalDate from = first.minusDays(20).plusDays(random.nextInt(days + 40));
        return new Period(from, from.plusDays(random.nextInt(days)));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
