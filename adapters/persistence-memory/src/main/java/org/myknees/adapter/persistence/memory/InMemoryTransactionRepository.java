package org.myknees.adapter.persistence.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionOrder;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * Transactions held in memory: per household a map in listing order, so a page is a walk from the cursor, and
 * an index by id.
 */
public final class InMemoryTransactionRepository implements TransactionRepository {

    private static final Comparator<OrderKey> LISTING_ORDER = Comparator.comparing(OrderKey::date)
            .thenComparing(OrderKey::id, TransactionOrder::compareIds).reversed();

    private static final UUID MIN_ID = new UUID(0, 0);
    private static final UUID MAX_ID = new UUID(-1, -1);

    private final MemoryDatabase database;
    private final Map<TransactionId, Transaction> byId = new HashMap<>();
    private final Map<HouseholdId, NavigableMap<OrderKey, Transaction>> byHousehold = new HashMap<>();
    /** The import batch that added a transaction, for the transactions an import added. */
    private final Map<TransactionId, ImportBatchId> addedBy = new HashMap<>();

    InMemoryTransactionRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<Transaction> find(HouseholdId household, TransactionId id) {
        return database.read(() -> Optional.ofNullable(byId.get(id)).filter(t -> t.householdId().equals(household)));
    }

    @Override
    public Transaction save(Transaction transaction) {
        return database.inUnit(() -> {
            Transaction previous = byId.get(transaction.id());
            if (previous != null && !previous.householdId().equals(transaction.householdId())) {
                throw new IllegalArgumentException("Transaction " + transaction.id() + " belongs to another household");
            }
            Transaction stored = Versioned.next("transaction", byId, transaction.id(), transaction,
                    Transaction::version, transaction::withVersion);
            replace(previous, stored);
            return stored;
        });
    }

    @Override
    public void addAll(HouseholdId household, List<Transaction> transactions) {
        add(household, Optional.empty(), transactions);
    }

    @Override
    public void addAll(HouseholdId household, ImportBatchId batch, Iterator<List<Transaction>> chunks,
                       long expectedRows) {
        List<Transaction> all = new ArrayList<>();
        chunks.forEachRemaining(all::addAll);
        add(household, Optional.of(batch), all);
    }

    /** The transactions the batch added that are still stored, in the order of their ids. */
    List<TransactionId> addedBy(HouseholdId household, ImportBatchId batch) {
        return database.read(() -> byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER)).values().stream()
                .map(Transaction::id)
                .filter(id -> batch.equals(addedBy.get(id)))
                .sorted((a, b) -> TransactionOrder.compareIds(a.value(), b.value()))
                .toList());
    }

    private void add(HouseholdId household, Optional<ImportBatchId> batch, List<Transaction> transactions) {
        database.inUnit(() -> {
            Set<TransactionId> seen = new HashSet<>();
            for (Transaction tx : transactions) {
                if (!tx.householdId().equals(household)) {
                    throw new IllegalArgumentException("Transaction " + tx.id() + " belongs to another household");
                }
                if (tx.version() != 0 || byId.containsKey(tx.id()) || !seen.add(tx.id())) {
                    throw new IllegalArgumentException("Transaction " + tx.id() + " is not new");
                }
            }
            for (Transaction tx : transactions) {
                replace(null, tx.withVersion(1));
                batch.ifPresent(b -> database.put(household, addedBy, tx.id(), b));
            }
            return null;
        });
    }

    @Override
    public Page<Transaction> search(HouseholdId household, TransactionFilter filter, PageRequest page) {
        Optional<OrderKey> after = page.cursor().map(TransactionOrder::decode)
                .map(p -> new OrderKey(p.bookingDate(), p.id().value()));
        return database.read(() -> {
            NavigableMap<OrderKey, Transaction> rows = byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER));
            NavigableMap<OrderKey, Transaction> tail = after.map(k -> rows.tailMap(k, false)).orElse(rows);
            List<Transaction> items = new ArrayList<>(page.limit());
            for (Transaction tx : tail.values()) {
                if (filter.matches(tx)) {
                    if (items.size() == page.limit()) {
                        return new Page<>(items,
                                Optional.of(TransactionOrder.encode(TransactionOrder.Position.of(items.get(items.size() - 1)))));
                    }
                    items.add(tx);
                }
            }
            return new Page<>(items, Optional.empty());
        });
    }

    @Override
    public long replaceCategory(HouseholdId household, CategoryKey from, CategoryKey to) {
        return database.inUnit(() -> {
            List<Transaction> changed = new ArrayList<>();
            for (Transaction tx : byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER)).values()) {
                Transaction.Builder next = tx.toBuilder();
                boolean touched = false;
                if (tx.category().category().filter(from::equals).isPresent()) {
                    next.category(new CategoryAssignment(Optional.of(to),
                            tx.category().source(), tx.category().confidence(), tx.category().decidedBy()));
                    touched = true;
                }
                if (tx.splits().stream().anyMatch(l -> l.category().filter(from::equals).isPresent())) {
                    next.splits(tx.splits().stream().map(l -> l.category().filter(from::equals).isPresent()
                            ? new SplitLine(l.amount(), l.description(), Optional.of(to)) : l).toList());
                    touched = true;
                }
                if (touched) {
                    changed.add(next.version(tx.version() + 1).build());
                }
            }
            for (Transaction tx : changed) {
                replace(byId.get(tx.id()), tx);
            }
            return (long) changed.size();
        });
    }

    @Override
    public List<Transaction> findInPeriod(HouseholdId household, AccountId account, Period period) {
        return database.read(() -> byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER))
                .subMap(new OrderKey(period.to(), MAX_ID), true, new OrderKey(period.from(), MIN_ID), true)
                .values().stream().filter(t -> t.accountId().equals(account)).toList());
    }

    @Override
    public List<Transaction> findByExternalIds(HouseholdId household, AccountId account,
                                               Collection<String> externalIds) {
        Set<String> wanted = Set.copyOf(externalIds);
        return database.read(() -> byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER)).values().stream()
                .filter(t -> t.accountId().equals(account) && t.externalId().filter(wanted::contains).isPresent())
                .toList());
    }

    @Override
    public int removeAll(HouseholdId household, Collection<TransactionId> ids) {
        return database.inUnit(() -> {
            int removed = 0;
            for (TransactionId id : ids) {
                Transaction tx = byId.get(id);
                if (tx != null && tx.householdId().equals(household)) {
                    NavigableMap<OrderKey, Transaction> rows = byHousehold.get(household);
                    ImportBatchId batch = addedBy.get(id);
                    database.write(household, () -> {
                        rows.remove(OrderKey.of(tx));
                        addedBy.remove(id);
                        return byId.remove(id);
                    }, () -> {
                        rows.put(OrderKey.of(tx), tx);
                        byId.put(id, tx);
                        if (batch != null) {
                            addedBy.put(id, batch);
                        }
                    });
                    removed++;
                }
            }
            return removed;
        });
    }

    @Override
    public long count(HouseholdId household) {
        return database.read(() -> (long) byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER)).size());
    }

    /** Every transaction of the household in listing order; for the in-memory report queries. */
    List<Transaction> all(HouseholdId household) {
        return database.read(() -> List.copyOf(byHousehold.getOrDefault(household, new TreeMap<>(LISTING_ORDER)).values()));
    }

    private void replace(Transaction previous, Transaction next) {
        NavigableMap<OrderKey, Transaction> rows =
                byHousehold.computeIfAbsent(next.householdId(), h -> new TreeMap<>(LISTING_ORDER));
        database.write(next.householdId(), () -> {
            if (previous != null) {
                rows.remove(OrderKey.of(previous));
            }
            rows.put(OrderKey.of(next), next);
            byId.put(next.id(), next);
            return null;
        }, () -> {
            rows.remove(OrderKey.of(next));
            if (previous == null) {
                byId.remove(next.id());
            } else {
                rows.put(OrderKey.of(previous), previous);
                byId.put(previous.id(), previous);
            }
        });
    }

    private record OrderKey(LocalDate date, UUID id) {
        static OrderKey of(Transaction tx) {
            return new OrderKey(tx.bookingDate(), tx.id().value());
        }
    }
}
