package org.myknees.application.categorization.port.in;

import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * Runs the household's rules over its stored transactions: category (source {@code RULE}), merchant, tags,
 * one-time event and notes, sparing what a person set as {@link org.myknees.domain.rule.Recategorization}
 * describes: a pinned category is never touched, tags are only added, notes and a one-time event only fill an
 * empty field, and a transaction no rule gives a category keeps the one it has.
 */
public interface ApplyRulesUseCase {

    /** Exactly what {@link #applyRules} would change now, listing at most {@code limit} changes; writes nothing. */
    RulePreviewResult previewRules(UserId actor, HouseholdId household, int limit);

    /** Applies the rules (owners and editors); each page of transactions is one unit of work. */
    AppliedRules applyRules(UserId actor, HouseholdId household);

    /**
     * @param examined transactions looked at
     * @param changed  transactions on which the rules changed at least one field
     * @param pinned   transactions left alone because a person pinned their category
     */
    record AppliedRules(long examined, long changed, long pinned) {
    }
}
