package org.myknees.domain.rule;

import java.util.Objects;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** What a rule does to a transaction it matches. Checked when the {@link Rule} is built. */
public sealed interface RuleAction {

    record SetCategory(CategoryKey category) implements RuleAction {

        public SetCategory {
            Objects.requireNonNull(category, "category");
        }
    }

    /** Sets the merchant name; it must not be blank. */
    record SetMerchant(String merchant) implements RuleAction {

        public SetMerchant {
            Objects.requireNonNull(merchant, "merchant");
        }
    }

    /** Adds a tag; it must not be blank. Tags accumulate across the rules that apply. */
    record AddTag(String tag) implements RuleAction {

        public AddTag {
            Objects.requireNonNull(tag, "tag");
        }
    }

    record SetOneTimeEvent(OneTimeEventId event) implements RuleAction {

        public SetOneTimeEvent {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Marks the transaction as a transfer between the household's own accounts. */
    record MarkAsTransfer() implements RuleAction {
    }

    /** Replaces the notes; empty text clears them. */
    record SetNotes(String notes) implements RuleAction {

        public SetNotes {
            Objects.requireNonNull(notes, "notes");
        }
    }
}
