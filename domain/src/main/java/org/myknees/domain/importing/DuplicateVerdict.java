package org.myknees.domain.importing;

import org.myknees.domain.transaction.Transaction;

/** What duplicate detection decided for one incoming row, with the reason a person can read. */
public sealed interface DuplicateVerdict {

    /** A row not stored before: it will be added. */
    record New() implements DuplicateVerdict {
    }

    /** The row is already stored as {@code existing}; nothing is added. */
    record Duplicate(Transaction existing, String reason) implements DuplicateVerdict {
    }

    /**
     * The row is the posted form of the pending {@code pending}: the stored transaction takes the posted data and
     * keeps every user edit (notes, tags, category pin, splits, links).
     */
    record ReplacesPending(Transaction pending, String reason) implements DuplicateVerdict {
    }
}
