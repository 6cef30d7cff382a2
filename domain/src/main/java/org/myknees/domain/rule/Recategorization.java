package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/**
 * Applying rules to history, decided: what the rules would change on a past transaction, field by field, from
 * what to what, without changing anything. A transaction no rule gives a category keeps the one it has: rules
 * add and correct categories, they never take one away.
 *
 * <p>What a person may have set by hand is spared: a category is never changed when pinned; tags are only
 * added, never removed; notes are written only where there are none, and never cleared; a one-time event is set
 * only on a transaction that belongs to none. A merchant is replaced when the rules name another one (people do
 * not edit merchants). Marking as a transfer is not applied to history: a past transaction is a transfer only
 * through a link to its counterpart, which a rule cannot name, and a link a person made is never removed.
 */
public final class Recategorization {

    private Recategorization() {
    }

    /** Every field the rules would change on one transaction, if any, following the policy above. */
    public static <I> Optional<HistoryChange<I>> changes(RuleSet rules, CategorizedSubject<I> entry) {
        if (!(rules.evaluate(entry.subject()) instanceof RuleOutcome.Matched matched)) {
            return Optional.empty();
        }
        Optional<Decision<CategoryKey>> category = matched.category()
                .filter(d -> !entry.pinned() && !entry.category().equals(Optional.of(d.value())));
        Optional<Decision<String>> merchant = matched.merchant()
                .filter(d -> !entry.subject().merchant().equals(Optional.of(d.value())));
        List<Decision<String>> tags = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(entry.tags());
        for (Decision<String> tag : matched.tags()) {
            // The transaction keeps tags trimmed and in lower case; compare and add them in that form.
            String kept = tag.value().strip().toLowerCase(Locale.ROOT);
            if (seen.add(kept)) {
                tags.add(new Decision<>(kept, tag.rule()));
            }
        }
        Optional<Decision<OneTimeEventId>> event = matched.oneTimeEvent().filter(d -> entry.oneTimeEvent().isEmpty());
        Optional<Decision<String>> notes = matched.notes()
                .filter(d -> entry.notes().isBlank() && !d.value().isBlank());
        if (category.isEmpty() && merchant.isEmpty() && tags.isEmpty() && event.isEmpty() && notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryChange<>(entry, category, merchant, tags, event, notes));
    }
}
