package org.myknees.domain.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** What the rules decided for one subject: nothing, or the fields they set and which rule set each. */
public sealed interface RuleOutcome {

    static RuleOutcome noMatch() {
        return NoMatch.INSTANCE;
    }

    /** No rule matched; the subject keeps everything it had. */
    record NoMatch() implements RuleOutcome {

        private static final NoMatch INSTANCE = new NoMatch();
    }

    /**
     * At least one rule matched. Each field holds the decision of the last applied rule that set it; tags hold
     * every tag added, in order, each with the first rule that added it.
     *
     * @param appliedRules      the rules that matched and applied, in the order they ran
     * @param transferMarkedBy  the rule that marked the subject as a transfer, if one did
     */
    record Matched(
            List<Rule> appliedRules,
            Optional<Decision<CategoryKey>> category,
            Optional<Decision<String>> merchant,
            List<Decision<String>> tags,
            Optional<Decision<OneTimeEventId>> oneTimeEvent,
            Optional<Rule> transferMarkedBy,
            Optional<Decision<String>> notes) implements RuleOutcome {

        public Matched {
            appliedRules = List.copyOf(appliedRules);
            if (appliedRules.isEmpty()) {
                throw new IllegalArgumentException("A match needs at least one applied rule");
            }
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(merchant, "merchant");
            tags = List.copyOf(tags);
            Objects.requireNonNull(oneTimeEvent, "oneTimeEvent");
            Objects.requireNonNull(transferMarkedBy, "transferMarkedBy");
            Objects.requireNonNull(notes, "notes");
        }

        public boolean isTransfer() {
            return transferMarkedBy.isPresent();
        }
    }
}
