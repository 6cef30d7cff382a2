package org.myknees.bootstrap.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * A household's transactions made up at scale, reproducible from a seed: four accounts, five years of days,
 * merchants that recur, the detailed categories of the taxonomy (some far more common than others), and the
 * features the reports treat specially in realistic shares: 5% split, 2% tagged to a one-time event, 3% transfers,
 * 20% uncategorized.
 */
public final class SyntheticHousehold {

    public static final LocalDate FIRST_DAY = LocalDate.parse("2021-01-01");
    public static final int DAYS = 5 * 365;
    private static final String[] MERCHANTS = {"WHOLE FOODS", "SAFEWAY", "STARBUCKS", "SHELL OIL", "AMAZON MKTPLACE",
        "COSTCO WHSE", "TARGET", "NETFLIX.COM", "PG&E", "UBER TRIP", "CHIPOTLE", "HOME DEPOT", "WALGREENS", "DELTA AIR",
        "SPOTIFY", "TRADER JOE'S", "CVS PHARMACY", "LYFT RIDE", "APPLE.COM/BILL", "BLUE BOTTLE COFFEE"};

    private final HouseholdId household;
    private final List<Account> accounts;
    private final List<CategoryKey> categories;
    private final List<OneTimeEventId> events;
    private final Random random;
    private final TransactionIds ids;

    /** How the made-up transactions get their ids. */
    public enum TransactionIds {
        /** Seeded random ids: every row lands at a random place of the primary key, its worst case. */
        RANDOM,
        /** The ids imports and recorded transactions get ({@link TransactionId#timeOrdered}), one after the other. */
        TIME_ORDERED
    }

    public SyntheticHousehold(HouseholdId household, long seed, TransactionIds ids) {
        this.household = household;
        this.random = new Random(seed);
        this.ids = ids;
        this.accounts = List.of(account("Checking", AccountType.CHECKING), account("Card", AccountType.CREDIT_CARD),
                account("Savings", AccountType.SAVINGS), account("Cash", AccountType.CASH));
        this.categories = Taxonomy.plaidV1().all().stream().filter(c -> !c.isPrimary())
                .map(TaxonomyCategory::key).toList();
        this.events = List.of(OneTimeEventId.newId(), OneTimeEventId.newId(), OneTimeEventId.newId());
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** The next {@code size} transactions. */
    public List<Transaction> next(int size) {
        List<Transaction> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(next());
        }
        return batch;
    }

    private Transaction next() {
        // Squaring skews toward the first accounts, merchants and categories, as real spending does.
        Account account = accounts.get(skewed(accounts.size()));
        int merchant = skewed(MERCHANTS.length);
        String raw = MERCHANTS[merchant] + " #" + (100 + random.nextInt(900)) + " CA";
        long minor = random.nextInt(20) == 0 ? 100_000 + random.nextInt(400_000) : -(100 + random.nextInt(20_000));
        // Drawn in both modes, so that every other column is the same whichever ids the rows get.
        TransactionId seeded = new TransactionId(new UUID(random.nextLong(), random.nextLong()));
        Transaction.Builder tx = new Transaction.Builder()
                .id(ids == TransactionIds.RANDOM ? seeded : TransactionId.timeOrdered(Clock.systemUTC()))
                .householdId(household)
                .accountId(account.id())
                .bookingDate(FIRST_DAY.plusDays(random.nextInt(DAYS)))
                .amount(Money.ofMinor(minor, account.currency()))
                .rawDescriptor(raw)
                .normalizedDescriptor(MERCHANTS[merchant])
                .merchant(Optional.of(MERCHANTS[merchant]))
                .status(TransactionStatus.POSTED)
                .tags(random.nextInt(10) == 0 ? Set.of("reimbursable") : Set.of());
        int roll = random.nextInt(100);
        if (roll < 80) {
            tx.category(CategoryAssignment.automatic(categories.get(skewed(categories.size())), AssignmentSource.RULE,
                    1, "rule-" + merchant));
        }
        if (roll >= 95 && minor != 0) {
            List<Money> parts = Money.ofMinor(minor, account.currency()).allocate(2, 1);
            tx.splits(List.of(new SplitLine(parts.get(0), "part one", Optional.of(categories.get(skewed(20)))),
                    new SplitLine(parts.get(1), "part two", Optional.empty())));
        } else if (roll >= 93) {
            tx.oneTimeEvent(Optional.of(events.get(random.nextInt(events.size()))));
        } else if (roll >= 90) {
            tx.transferLink(Optional.of(TransactionId.newId()));
        }
        return tx.build();
    }

    private int skewed(int bound) {
        double u = random.nextDouble();
        return (int) (u * u * bound);
    }

    private Account account(String code, AccountType type) {
        return new Account(new AccountId(new UUID(random.nextLong(), random.nextLong())), household,
                new AccountCode(code), code, type, Money.currency("USD"), Optional.empty(), Money.ofMinor(0, "USD"),
                FIRST_DAY, false, 0);
    }
}
