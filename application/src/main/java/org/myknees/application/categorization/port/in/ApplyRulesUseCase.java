package org.myknees.application.categorization.port.in;

import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * Runs the household's rules over its stored transactions. Only categories change (source {@code RULE}); a
 * category a person pinned is never touched, and a transaction no rule gives a category keeps the one it has.
 */
public interface ApplyRulesUseCase {

    /** Exactly what {@link #applyRules} would change now, listing at most {@code limit} changes; writes nothing. */
    RulePreviewResult previewRules(UserId actor, HouseholdId household, int limit);

    /** Applies the rules (owners and editors); each page of transactions is one unit of work. */
    AppliedRules applyRules(UserId actor, HouseholdId household);

    /**
     * @param examined transactions looked at
     * @param changed  transactions whose category the rules changed
     * @param pinned   transactions left alone because a person pinned their category
     */
    record AppliedRules(long examined, long changed, long pinned) {
    }
}
