package org.myknees.application.categorization.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;
import org.myknees.domain.rule.HistoryField;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.transaction.TransactionId;

/**
 * What applying the rules to a household's history would change, without changing it.
 *
 * @param examined how many transactions were looked at
 * @param total    how many field changes the rules would make; {@code changes} holds the first of them up to the
 *                 requested limit, in history order and, within a transaction, in {@link HistoryField} order
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
     * One field of one transaction that the rules would change.
     *
     * @param before the field's value now as text, empty when it has none (always empty for an added tag)
     * @param after  the value the rule gives it, as text (a category key, a one-time event id, a tag, ...)
     * @param rule   the rule that decides it
     */
    public record Change(TransactionId transaction, LocalDate bookingDate, String descriptor, Money amount,
                         HistoryField field, Optional<String> before, String after, RuleId rule, String ruleName) {
        public Change {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(bookingDate, "bookingDate");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(ruleName, "ruleName");
        }
    }
}
