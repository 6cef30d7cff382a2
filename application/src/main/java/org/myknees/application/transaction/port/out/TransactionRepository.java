package org.myknees.application.transaction.port.out;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/** Stores transactions. Every read and write is scoped to one household. */
public interface TransactionRepository {

    /** The transaction, or empty when the household has none with this id. */
    Optional<Transaction> find(HouseholdId household, TransactionId id);

    /**
     * Inserts a new transaction (version 0) or replaces the stored one if its version still matches; returns it
     * with the next version.
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    Transaction save(Transaction transaction);

    /**
     * Inserts many new transactions (all version 0, all of this household) in one go: the bulk path for imports.
     * All are stored or, if any fails, none.
     */
    void addAll(HouseholdId household, List<Transaction> transactions);

    /**
     * {@link #addAll(HouseholdId, List)} for an import: the transactions the batch adds, recorded as added by it
     * (see {@link org.myknees.application.importing.port.out.ImportBatchRepository#addedTransactions}), arrive in
     * chunks, in the order given, and are stored in one go; the chunks of a large import are built while earlier
     * ones are stored. All are stored or, if any fails or the iterator throws, none; the iterator's exception is the
     * one thrown. {@code expectedRows} is how many transactions the chunks hold together at least (an import judges its
     * rows while earlier chunks are stored, so it knows the exact count only at the end), which a store may use to
     * choose how to load them (not a limit). A store that does not hold its data in memory keeps no chunk once it
     * has taken the next.
     */
    void addAll(HouseholdId household, ImportBatchId batch, Iterator<List<Transaction>> chunks, long expectedRows);

    /**
     * A page of the household's transactions matching the filter, in {@link TransactionOrder} order.
     *
     * @throws org.myknees.application.paging.InvalidCursorException for a cursor this store did not produce
     */
    Page<Transaction> search(HouseholdId household, TransactionFilter filter, PageRequest page);

    /**
     * Moves every use of one category (on transactions and on split lines) to another, as when two categories
     * are merged; manual pins move too since the person's choice is preserved under its new name. Returns how
     * many transactions changed; each gets a new version.
     */
    long replaceCategory(HouseholdId household, CategoryKey from, CategoryKey to);

    /**
     * The account's transactions booked within the period, in listing order; what an import compares incoming
     * rows with.
     */
    List<Transaction> findInPeriod(HouseholdId household, AccountId account, Period period);

    /**
     * The account's transactions whose bank id ({@link Transaction#externalId()}) is one of {@code externalIds}, in
     * no particular order; what an import looks up when its bank corrects or withdraws rows it sent before, whatever
     * their dates.
     */
    List<Transaction> findByExternalIds(HouseholdId household, AccountId account, Collection<String> externalIds);

    /**
     * Removes the given transactions of the household (ids of other households or unknown ids are ignored);
     * returns how many were removed. Used to revert an import.
     */
    int removeAll(HouseholdId household, Collection<TransactionId> ids);

    /** How many transactions the household has. */
    long count(HouseholdId household);
}
