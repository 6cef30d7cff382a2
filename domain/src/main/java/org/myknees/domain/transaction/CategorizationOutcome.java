package org.myknees.domain.transaction;

import org.myknees.domain.Change;

/** What an automatic categorization did to a transaction; callers branch on the kind. */
public sealed interface CategorizationOutcome {

    /** The category changed. */
    record Categorized(Change<Transaction> change) implements CategorizationOutcome {
    }

    /** A person pinned the category, so the automatic result was not applied. */
    record KeptManualPin(Transaction transaction) implements CategorizationOutcome {
    }

    /** The transaction already had exactly this assignment. */
    record Unchanged(Transaction transaction) implements CategorizationOutcome {
    }
}
