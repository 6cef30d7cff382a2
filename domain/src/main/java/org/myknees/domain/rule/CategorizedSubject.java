package org.myknees.domain.rule;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/**
 * A past transaction as rules see it, with the fields rules may change as they are now. Its merchant is the one
 * in {@code subject}.
 *
 * @param id           the caller's identifier of the transaction
 * @param category     its category now, if any
 * @param pinned       whether a person set the category by hand; rules never change a pinned category
 * @param notes        its notes now, empty when none
 * @param tags         its tags now, as the transaction keeps them (trimmed, lower case)
 * @param oneTimeEvent the one-time event it belongs to now, if any
 * @param <I>          the caller's identifier type
 */
public record CategorizedSubject<I>(I id, RuleSubject subject, Optional<CategoryKey> category, boolean pinned,
                                    String notes, Set<String> tags, Optional<OneTimeEventId> oneTimeEvent) {

    public CategorizedSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(notes, "notes");
        tags = Set.copyOf(tags);
        Objects.requireNonNull(oneTimeEvent, "oneTimeEvent");
    }

    /** A transaction with no notes, tags or one-time event. */
    public CategorizedSubject(I id, RuleSubject subject, Optional<CategoryKey> category, boolean pinned) {
        this(id, subject, category, pinned, "", Set.of(), Optional.empty());
    }
}
