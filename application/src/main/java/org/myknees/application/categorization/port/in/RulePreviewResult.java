package org.myknees.application.categorization.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.transaction.TransactionId;

/**
 * What applying the rules to a household's history would change, without changing it.
 *
 * @param examined how many transactions were looked at
 * @param total    how many would change; {@code changes} holds the first of them up to the requested limit
 */
public record RulePreviewResult(long examined, long total, List<Change> changes) {

    public RulePreviewResult {
        changes = List.copyOf(changes);
    }

    /** Whether more transactions would change than {@code changes} lists. */
    public boolean truncated() {
        return changes.size() < total;
    }

    /**
     * One transaction whose category the rules would change.
     *
     * @param before       its category now, if any
     * @param beforeSource what decided the category it has now
     * @param after        the category the rules decide
     */
    public record Change(TransactionId transaction, LocalDate bookingDate, String descriptor, Money amount,
                         Optional<CategoryKey> before, AssignmentSource beforeSource, CategoryKey after,
                         RuleId rule, String ruleName) {
        public Change {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(bookingDate, "bookingDate");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(beforeSource, "beforeSource");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(ruleName, "ruleName");
        }
    }
}
