package org.myknees.domain.report;

import java.util.List;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;

/**
 * The rules every report follows:
 * <ul>
 *   <li>a transaction linked as a transfer between own accounts is not income or spending and counts nowhere;</li>
 *   <li>a split transaction counts as its lines, each in its own category (a line without a category is
 *       uncategorized); otherwise the transaction counts whole in its category;</li>
 *   <li>a transaction tagged to a one-time event is kept out of month buckets and trends and reported apart,
 *       but it is real money and counts in cash flow;</li>
 *   <li>a month bucket's total is the signed sum of its amounts, per currency (currencies never mix).</li>
 * </ul>
 */
public final class ReportingPolicy {

    private ReportingPolicy() {
    }

    /** Whether the transaction counts in any report at all. */
    public static boolean counts(Transaction tx) {
        return !tx.isTransfer();
    }

    /** Whether the transaction belongs in month buckets and trends (rather than with its one-time event). */
    public static boolean countsInBudgets(Transaction tx) {
        return counts(tx) && tx.oneTimeEvent().isEmpty();
    }

    /** The category lines a counted transaction contributes. */
    public static List<CategoryLine> lines(Transaction tx) {
        if (!tx.isSplit()) {
            return List.of(new CategoryLine(tx.category().category(), tx.amount()));
        }
        return tx.splits().stream().map(ReportingPolicy::line).toList();
    }

    private static CategoryLine line(SplitLine split) {
        return new CategoryLine(split.category(), split.amount());
    }
}
