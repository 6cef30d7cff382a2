package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/**
 * Everything the rules would change on one past transaction, each value with the rule that decides it. Only
 * fields that would really change are present; a change always changes at least one field.
 *
 * @param before       the transaction as it is now
 * @param category     the category it would get
 * @param merchant     the merchant it would get
 * @param addedTags    the tags it would gain (in the form the transaction keeps them), in the rules' order
 * @param oneTimeEvent the one-time event it would join
 * @param notes        the notes it would get
 * @param <I>          the caller's identifier type
 */
public record HistoryChange<I>(CategorizedSubject<I> before, Optional<Decision<CategoryKey>> category,
                               Optional<Decision<String>> merchant, List<Decision<String>> addedTags,
                               Optional<Decision<OneTimeEventId>> oneTimeEvent, Optional<Decision<String>> notes) {

    public HistoryChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(merchant, "merchant");
        addedTags = List.copyOf(addedTags);
        Objects.requireNonNull(oneTimeEvent, "oneTimeEvent");
        Objects.requireNonNull(notes, "notes");
        if (category.isEmpty() && merchant.isEmpty() && addedTags.isEmpty() && oneTimeEvent.isEmpty()
                && notes.isEmpty()) {
            throw new IllegalArgumentException("A history change changes at least one field");
        }
    }

    public I id() {
        return before.id();
    }

    /**
     * One line per field change, in the order category, merchant, tags, one-time event, notes: what a preview
     * shows. A tag line has no "before": tags are only ever added.
     */
    public List<FieldChange> fields() {
        List<FieldChange> fields = new ArrayList<>();
        category.ifPresent(d -> fields.add(new FieldChange(HistoryField.CATEGORY,
                before.category().map(CategoryKey::toString), d.value().toString(), d.rule())));
        merchant.ifPresent(d -> fields.add(new FieldChange(HistoryField.MERCHANT, before.subject().merchant(),
                d.value(), d.rule())));
        addedTags.forEach(d -> fields.add(new FieldChange(HistoryField.TAG, Optional.empty(), d.value(), d.rule())));
        oneTimeEvent.ifPresent(d -> fields.add(new FieldChange(HistoryField.ONE_TIME_EVENT,
                before.oneTimeEvent().map(Object::toString), d.value().toString(), d.rule())));
        notes.ifPresent(d -> fields.add(new FieldChange(HistoryField.NOTES,
                Optional.of(before.notes()).filter(n -> !n.isEmpty()), d.value(), d.rule())));
        return fields;
    }

    /**
     * One field a rule would change, as text for people.
     *
     * @param before the value now, empty when the field has none
     * @param after  the value the rule gives it
     * @param rule   the rule that decides it
     */
    public record FieldChange(HistoryField field, Optional<String> before, String after, Rule rule) {

        public FieldChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
