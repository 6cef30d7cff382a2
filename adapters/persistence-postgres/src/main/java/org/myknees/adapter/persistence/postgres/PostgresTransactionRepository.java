package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionOrder;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * Transactions in {@code transactions} and {@code transaction_split_lines}. Single saves go through Hibernate,
 * batches through {@link TransactionCopy}; both adjust the report aggregates ({@link ReportTotals}) in the same
 * unit of work. Listings are keyset-paged on the index {@code (household_id, booking_date DESC, transaction_id
 * DESC)}: PostgreSQL orders {@code uuid} as unsigned bytes, which is {@link TransactionOrder}'s order.
 */
final class PostgresTransactionRepository implements TransactionRepository {

    /** The escape character of the LIKE patterns below; '!' needs no escaping in SQL literals. */
    private static final char LIKE_ESCAPE = '!';

    /** How many transactions one round trip of {@link #removeAll} handles. */
    private static final int REMOVE_CHUNK = 5_000;

    /** The keys that a transaction id stored twice breaks. */
    private static final Set<String> ID_KEYS = Set.of("transactions_pk", "transaction_split_lines_pk");

    private final HibernateUnitOfWork units;

    PostgresTransactionRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<Transaction> find(HouseholdId household, TransactionId id) {
        return units.withSession(session -> Optional.ofNullable(
                        session.find(TransactionEntity.class, new ScopedId(household.value(), id.value())))
                .map(TransactionEntity::toDomain));
    }

    @Override
    public Transaction save(Transaction transaction) {
        return units.withSession(session -> {
            VersionedSave.Saved<Transaction> saved = VersionedSave.save(session, TransactionEntity.class,
                    new ScopedId(transaction.householdId().value(), transaction.id().value()), transaction,
                    transaction.version(), TransactionEntity::of, "transaction", transaction.id());
            ReportTotals totals = new ReportTotals();
            saved.previous().ifPresent(totals::remove);
            totals.add(transaction);
            session.doWork(connection -> totals.write(connection, transaction.householdId().value()));
            return transaction.withVersion(saved.version());
        });
    }

    @Override
    public void addAll(HouseholdId household, List<Transaction> transactions) {
        Set<TransactionId> ids = new HashSet<>();
        for (Transaction tx : transactions) {
            if (!ids.add(tx.id())) {
                throw new IllegalArgumentException("Transaction " + tx.id() + " appears twice in the batch");
            }
        }
        add(household, null, List.of(transactions).iterator(), transactions.size());
    }

    /**
     * Copies chunk after chunk as it arrives, in one unit of work, each row with the batch in its
     * {@code import_batch_id}; the choice of keeping or rebuilding the indexes ({@link TransactionIndexes}) is made
     * once, from {@code expectedRows}. A transaction that is stored already, or twice in the chunks, breaks the
     * primary key (or fails its build) and so the whole batch.
     */
    @Override
    public void addAll(HouseholdId household, ImportBatchId batch, Iterator<List<Transaction>> chunks,
                       long expectedRows) {
        add(household, batch.value(), chunks, expectedRows);
    }

    private void add(HouseholdId household, UUID batch, Iterator<List<Transaction>> chunks, long expectedRows) {
        units.withSession(session -> {
            session.doWork(connection -> {
                ReportTotals totals = new ReportTotals();
                Boolean rebuild = null;
                while (chunks.hasNext()) {
                    List<Transaction> chunk = chunks.next();
                    requireNew(household, chunk);
                    if (chunk.isEmpty()) {
                        continue;
                    }
                    if (rebuild == null) {
                        rebuild = TransactionIndexes.worthRebuilding(connection, expectedRows);
                        if (rebuild) {
                            TransactionIndexes.drop(connection, household.value());
                        }
                    }
                    chunk.forEach(totals::add);
                    // With the indexes kept, in listing order, so that consecutive rows land next to each other in
                    // the listing index; without them, as given.
                    List<Transaction> rows = rebuild ? chunk : inListingOrder(chunk);
                    refusingStoredIds(() -> TransactionCopy.insert(connection, rows, batch));
                }
                if (rebuild == null) {
                    return;
                }
                if (rebuild) {
                    refusingStoredIds(() -> TransactionIndexes.create(connection));
                }
                totals.write(connection, household.value());
            });
            return null;
        });
    }

    private static List<Transaction> inListingOrder(List<Transaction> transactions) {
        List<Transaction> sorted = new ArrayList<>(transactions);
        sorted.sort(TransactionOrder.NEWEST_FIRST);
        return sorted;
    }

    private static void requireNew(HouseholdId household, List<Transaction> transactions) {
        for (Transaction tx : transactions) {
            if (!tx.householdId().equals(household)) {
                throw new IllegalArgumentException("Transaction " + tx.id() + " belongs to household "
                        + tx.householdId() + ", not " + household);
            }
            if (tx.version() != 0) {
                throw new IllegalArgumentException("Transaction " + tx.id() + " has version " + tx.version()
                        + "; only new transactions (version 0) can be added");
            }
        }
    }

    /**
     * Runs the work; an id stored twice is the caller's error. The primary key refuses it, or fails to build; or,
     * when the key is being rebuilt, the split lines' key refuses the second copy of a split transaction's lines.
     */
    private static void refusingStoredIds(SqlWork work) throws SQLException {
        try {
            work.run();
        } catch (SQLException e) {
            if (DatabaseFailures.violatedConstraint(e).filter(ID_KEYS::contains).isPresent()) {
                throw new IllegalArgumentException("The batch holds a transaction that is already stored or appears"
                        + " twice: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    @Override
    public Page<Transaction> search(HouseholdId household, TransactionFilter filter, PageRequest page) {
        Optional<TransactionOrder.Position> after = page.cursor().map(TransactionOrder::decode);
        List<Object> parameters = new ArrayList<>();
        String sql = listing(household, filter, after, parameters);
        parameters.add(page.limit() + 1);
        return units.withSession(session -> session.doReturningWork(connection -> {
            List<Transaction> rows = TransactionRows.select(connection, household, sql, parameters);
            if (rows.size() <= page.limit()) {
                return new Page<>(rows, Optional.empty());
            }
            List<Transaction> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(TransactionOrder.encode(
                    TransactionOrder.Position.of(items.get(items.size() - 1)))));
        }));
    }

    @Override
    public long replaceCategory(HouseholdId household, CategoryKey from, CategoryKey to) {
        if (from.equals(to)) {
            return 0;
        }
        return units.withSession(session -> session.doReturningWork(connection -> {
            long changed;
            try (PreparedStatement update = connection.prepareStatement("""
                    WITH lines AS (
                        UPDATE transaction_split_lines SET category_key = ?
                        WHERE household_id = ? AND category_key = ?
                        RETURNING transaction_id),
                    affected AS (
                        SELECT transaction_id FROM lines
                        UNION
                        SELECT transaction_id FROM transactions WHERE household_id = ? AND category_key = ?)
                    UPDATE transactions t
                    SET category_key = CASE WHEN t.category_key = ? THEN ? ELSE t.category_key END,
                        version = t.version + 1
                    FROM affected a
                    WHERE t.household_id = ? AND t.transaction_id = a.transaction_id
                    """)) {
                UUID h = household.value();
                update.setString(1, to.value());
                update.setObject(2, h);
                update.setString(3, from.value());
                update.setObject(4, h);
                update.setString(5, from.value());
                update.setString(6, from.value());
                update.setString(7, to.value());
                update.setObject(8, h);
                changed = update.executeUpdate();
            }
            // The aggregates of one category simply move to the other: a re-key, merged with what is there.
            try (PreparedStatement rekey = connection.prepareStatement("""
                    WITH moved AS (
                        DELETE FROM month_category_totals
                        WHERE household_id = ? AND category_key = ?
                        RETURNING month, currency, one_time_event_id, total, line_count)
                    INSERT INTO month_category_totals AS stored
                        (household_id, month, currency, category_key, one_time_event_id, total, line_count)
                    SELECT ?, month, currency, ?, one_time_event_id, total, line_count FROM moved
                    ORDER BY month, currency, one_time_event_id
                    ON CONFLICT ON CONSTRAINT month_category_totals_key DO UPDATE
                    SET total = stored.total + EXCLUDED.total, line_count = stored.line_count + EXCLUDED.line_count
                    """)) {
                rekey.setObject(1, household.value());
                rekey.setString(2, from.value());
                rekey.setObject(3, household.value());
                rekey.setString(4, to.value());
                rekey.executeUpdate();
            }
            return changed;
        }));
    }

    @Override
    public List<Transaction> findInPeriod(HouseholdId household, AccountId account, Period period) {
        return units.withSession(session -> session.createSelectionQuery("from Transaction t"
                                + " where t.householdId = :household and t.accountId = :account"
                                + " and t.bookingDate between :from and :to order by t.bookingDate desc, t.id desc",
                        TransactionEntity.class)
                .setParameter("household", household.value())
                .setParameter("account", account.value())
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .map(TransactionEntity::toDomain)
                .toList());
    }

    @Override
    public List<Transaction> findByExternalIds(HouseholdId household, AccountId account,
                                               Collection<String> externalIds) {
        List<String> distinct = externalIds.stream().distinct().toList();
        return units.withSession(session -> {
            List<Transaction> found = new ArrayList<>();
            for (int start = 0; start < distinct.size(); start += REMOVE_CHUNK) {
                session.createSelectionQuery("from Transaction t where t.householdId = :household"
                                + " and t.accountId = :account and t.externalId in (:ids)", TransactionEntity.class)
                        .setParameter("household", household.value())
                        .setParameter("account", account.value())
                        .setParameter("ids", distinct.subList(start, Math.min(distinct.size(), start + REMOVE_CHUNK)))
                        .getResultStream()
                        .map(TransactionEntity::toDomain)
                        .forEach(found::add);
            }
            return found;
        });
    }

    @Override
    public int removeAll(HouseholdId household, Collection<TransactionId> ids) {
        List<UUID> distinct = ids.stream().map(TransactionId::value).distinct().toList();
        return units.withSession(session -> {
            int removed = 0;
            for (int start = 0; start < distinct.size(); start += REMOVE_CHUNK) {
                List<UUID> chunk = distinct.subList(start, Math.min(distinct.size(), start + REMOVE_CHUNK));
                ReportTotals totals = new ReportTotals();
                session.createSelectionQuery("from Transaction t where t.householdId = :household and t.id in (:ids)",
                                TransactionEntity.class)
                        .setParameter("household", household.value())
                        .setParameter("ids", chunk)
                        .getResultStream()
                        .map(TransactionEntity::toDomain)
                        .forEach(totals::remove);
                session.clear();
                removed += session.doReturningWork(connection -> {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM transactions WHERE household_id = ? AND transaction_id = ANY (?)")) {
                        delete.setObject(1, household.value());
                        delete.setArray(2, connection.createArrayOf("uuid", chunk.toArray()));
                        int count = delete.executeUpdate();
                        totals.write(connection, household.value());
                        return count;
                    }
                });
            }
            return removed;
        });
    }

    @Override
    public long count(HouseholdId household) {
        return units.withSession(session -> session.createSelectionQuery(
                        "select count(*) from Transaction where householdId = :household", Long.class)
                .setParameter("household", household.value())
                .getSingleResult());
    }

    /**
     * The SQL of a listing page (its limit the last parameter), in plain SQL rather than HQL: a page is read often
     * and Hibernate's translation and entity hydration cost more than the query. Lists are bound as arrays
     * ({@code = ANY (?)}), so the statement text, and with it the server's prepared plan, is the same for any number
     * of accounts or categories.
     */
    private static String listing(HouseholdId household, TransactionFilter filter,
                                  Optional<TransactionOrder.Position> after, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("SELECT ").append(TransactionRows.COLUMNS)
                .append(" FROM transactions t WHERE t.household_id = ?");
        parameters.add(household.value());
        filter.period().ifPresent(period -> {
            sql.append(" AND t.booking_date BETWEEN ? AND ?");
            parameters.add(period.from());
            parameters.add(period.to());
        });
        if (!filter.accounts().isEmpty()) {
            sql.append(" AND t.account_id = ANY (?)");
            parameters.add(filter.accounts().stream().map(AccountId::value).toArray(UUID[]::new));
        }
        if (!filter.categories().isEmpty() || filter.uncategorized()) {
            sql.append(" AND (").append(categoryCondition(filter, parameters)).append(')');
        }
        filter.text().ifPresent(text -> {
            String like = " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
            sql.append(" AND (lower(t.raw_descriptor)").append(like)
                    .append(" OR lower(t.normalized_descriptor)").append(like)
                    .append(" OR lower(t.merchant)").append(like)
                    .append(" OR lower(t.notes)").append(like).append(')');
            String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            parameters.addAll(List.of(pattern, pattern, pattern, pattern));
        });
        filter.minAmount().ifPresent(min -> {
            sql.append(" AND t.currency = ? AND t.amount >= ?");
            parameters.add(min.currency().getCurrencyCode());
            parameters.add(min.minorUnits());
        });
        filter.maxAmount().ifPresent(max -> {
            sql.append(" AND t.currency = ? AND t.amount <= ?");
            parameters.add(max.currency().getCurrencyCode());
            parameters.add(max.minorUnits());
        });
        after.ifPresent(position -> {
            sql.append(" AND (t.booking_date, t.transaction_id) < (?, ?)");
            parameters.add(position.bookingDate());
            parameters.add(position.id().value());
        });
        return sql.append(" ORDER BY t.booking_date DESC, t.transaction_id DESC LIMIT ?").toString();
    }

    /**
     * The transaction or one of its split lines is in a category of the filter (a primary taxonomy code also
     * takes in its detailed codes, {@code FOOD_AND_DRINK_%}), or, when asked, the transaction is uncategorized.
     */
    private static String categoryCondition(TransactionFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.categories().isEmpty()) {
            String[] keys = filter.categories().stream().map(CategoryKey::value).toArray(String[]::new);
            List<String> detailed = filter.categories().stream().filter(key -> !key.isCustom())
                    .map(key -> escapeLike(key.value()) + LIKE_ESCAPE + "_%").toList();
            conditions.add(inCategories("t", keys, detailed, parameters));
            conditions.add("(t.split_lines > 0 AND EXISTS (SELECT 1 FROM transaction_split_lines s"
                    + " WHERE s.household_id = t.household_id AND s.transaction_id = t.transaction_id AND ("
                    + inCategories("s", keys, detailed, parameters) + ")))");
        }
        if (filter.uncategorized()) {
            conditions.add("(t.category_key IS NULL AND t.split_lines = 0)");
        }
        return String.join(" OR ", conditions);
    }

    /** {@code alias.category_key} is one of {@code keys} or matches one of the {@code detailed} LIKE patterns. */
    private static String inCategories(String alias, String[] keys, List<String> detailed, List<Object> parameters) {
        StringBuilder condition = new StringBuilder(alias).append(".category_key = ANY (?)");
        parameters.add(keys);
        for (String pattern : detailed) {
            condition.append(" OR ").append(alias).append(".category_key LIKE ? ESCAPE '").append(LIKE_ESCAPE)
                    .append('\'');
            parameters.add(pattern);
        }
        return condition.toString();
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
