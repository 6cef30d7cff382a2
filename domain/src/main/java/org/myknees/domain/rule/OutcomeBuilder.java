package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** Accumulates the actions of the rules applied to one subject, in the order they apply. */
final class OutcomeBuilder {

    private final List<Rule> applied = new ArrayList<>(2);
    private Decision<CategoryKey> category;
    private Decision<String> merchant;
    private Map<String, Decision<String>> tags;
    private Decision<OneTimeEventId> oneTimeEvent;
    private Rule transferMarkedBy;
    private Decision<String> notes;

    OutcomeBuilder apply(Rule rule) {
        applied.add(rule);
        for (RuleAction action : rule.actions()) {
            if (action instanceof RuleAction.SetCategory set) {
                category = new Decision<>(set.category(), rule);
            } else if (action instanceof RuleAction.SetMerchant set) {
                merchant = new Decision<>(set.merchant(), rule);
            } else if (action instanceof RuleAction.AddTag add) {
                if (tags == null) {
                    tags = new LinkedHashMap<>();
                }
                tags.putIfAbsent(add.tag(), new Decision<>(add.tag(), rule));
            } else if (action instanceof RuleAction.SetOneTimeEvent set) {
                oneTimeEvent = new Decision<>(set.event(), rule);
            } else if (action instanceof RuleAction.MarkAsTransfer) {
                transferMarkedBy = rule;
            } else if (action instanceof RuleAction.SetNotes set) {
                notes = new Decision<>(set.notes(), rule);
            }
        }
        return this;
    }

    RuleOutcome build() {
        if (applied.isEmpty()) {
            return RuleOutcome.noMatch();
        }
        return new RuleOutcome.Matched(applied, Optional.ofNullable(category), Optional.ofNullable(merchant),
                tags == null ? List.of() : List.copyOf(tags.values()), Optional.ofNullable(oneTimeEvent),
                Optional.ofNullable(transferMarkedBy), Optional.ofNullable(notes));
    }
}
