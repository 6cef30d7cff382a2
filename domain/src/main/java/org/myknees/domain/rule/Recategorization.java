package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/**
 * Applying rules to history, previewed: which past transactions would get another category, from what to
 * what, without changing anything. Pinned (hand-set) categories are never touched. A transaction no rule
 * gives a category keeps the one it has: rules add and correct categories, they never take one away.
 */
public final class Recategorization {

    private Recategorization() {
    }

    /** The changes the rules would make to {@code history}, in its order. */
    public static <I> List<CategoryChange<I>> preview(RuleSet rules, Iterable<CategorizedSubject<I>> history) {
        List<CategoryChange<I>> changes = new ArrayList<>();
        for (CategorizedSubject<I> entry : history) {
            change(rules, entry).ifPresent(changes::add);
        }
        return changes;
    }

    /** The change the rules would make to one transaction, if any. */
    public static <I> Optional<CategoryChange<I>> change(RuleSet rules, CategorizedSubject<I> entry) {
        if (entry.pinned()) {
            return Optional.empty();
        }
        RuleOutcome outcome = rules.evaluate(entry.subject());
        if (!(outcome instanceof RuleOutcome.Matched matched)) {
            return Optional.empty();
        }
        Optional<Decision<CategoryKey>> decided = matched.category();
        if (decided.isEmpty() || decided.get().value().equals(entry.category().orElse(null))) {
            return Optional.empty();
        }
        return Optional.of(new CategoryChange<>(entry.id(), entry.category(), decided.get()));
    }
}
