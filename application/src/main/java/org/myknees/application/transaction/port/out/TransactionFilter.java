package org.myknees.application.transaction.port.out;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;

/**
 * Which transactions a listing returns; every given criterion must hold (empty sets and empty optionals do
 * not filter).
 *
 * @param period        booking date within the period
 * @param accounts      in one of these accounts
 * @param categories    the transaction, or one of its split lines, is in one of these categories (a primary
 *                      taxonomy code also takes in its detailed codes)
 * @param uncategorized only transactions without a category (combined with {@code categories} as "or")
 * @param text          case-insensitive substring of the raw or normalized descriptor, merchant or notes
 * @param minAmount     amount at least this (same currency only; other currencies are left out)
 * @param maxAmount     amount at most this (same currency only)
 */
public record TransactionFilter(Optional<Period> period, Set<AccountId> accounts, Set<CategoryKey> categories,
                                boolean uncategorized, Optional<String> text, Optional<Money> minAmount,
                                Optional<Money> maxAmount) {

    public TransactionFilter {
        Objects.requireNonNull(period, "period");
        accounts = Set.copyOf(accounts);
        categories = Set.copyOf(categories);
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(minAmount, "minAmount");
        Objects.requireNonNull(maxAmount, "maxAmount");
        if (minAmount.isPresent() && maxAmount.isPresent()
                && minAmount.get().compareTo(maxAmount.get()) > 0) {
            throw new IllegalArgumentException("The minimum amount " + minAmount.get()
                    + " is above the maximum " + maxAmount.get());
        }
    }

    public static TransactionFilter all() {
        return new TransactionFilter(Optional.empty(), Set.of(), Set.of(), false, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public TransactionFilter withPeriod(Period value) {
        return new TransactionFilter(Optional.of(value), accounts, categories, uncategorized, text, minAmount, maxAmount);
    }

    public TransactionFilter withAccounts(Set<AccountId> value) {
        return new TransactionFilter(period, value, categories, uncategorized, text, minAmount, maxAmount);
    }

    public TransactionFilter withCategories(Set<CategoryKey> value, boolean orUncategorized) {
        return new TransactionFilter(period, accounts, value, orUncategorized, text, minAmount, maxAmount);
    }

    public TransactionFilter withText(String value) {
        return new TransactionFilter(period, accounts, categories, uncategorized, Optional.ofNullable(value),
                minAmount, maxAmount);
    }

    public TransactionFilter withAmountRange(Optional<Money> min, Optional<Money> max) {
        return new TransactionFilter(period, accounts, categories, uncategorized, text, min, max);
    }

    /** The reference meaning of the filter, for stores that evaluate it in memory. */
    public boolean matches(Transaction tx) {
        if (period.isPresent() && !period.get().contains(tx.bookingDate())) {
            return false;
        }
        if (!accounts.isEmpty() && !accounts.contains(tx.accountId())) {
            return false;
        }
        if ((!categories.isEmpty() || uncategorized) && !matchesCategory(tx)) {
            return false;
        }
        if (text.isPresent() && !matchesText(tx, text.get().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (minAmount.isPresent() && (!tx.amount().isSameCurrency(minAmount.get())
                || tx.amount().compareTo(minAmount.get()) < 0)) {
            return false;
        }
        return maxAmount.isEmpty() || (tx.amount().isSameCurrency(maxAmount.get())
                && tx.amount().compareTo(maxAmount.get()) <= 0);
    }

    private boolean matchesCategory(Transaction tx) {
        if (uncategorized && tx.category().category().isEmpty() && !tx.isSplit()) {
            return true;
        }
        for (CategoryKey key : categories) {
            if (ReportCalculator.covers(key, tx.category().category())) {
                return true;
            }
            for (SplitLine line : tx.splits()) {
                if (ReportCalculator.covers(key, line.category())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesText(Transaction tx, String needle) {
        return tx.rawDescriptor().toLowerCase(Locale.ROOT).contains(needle)
                || tx.normalizedDescriptor().toLowerCase(Locale.ROOT).contains(needle)
                || tx.merchant().map(m -> m.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)
                || tx.notes().toLowerCase(Locale.ROOT).contains(needle);
    }
}
