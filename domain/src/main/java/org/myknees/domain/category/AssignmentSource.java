package org.myknees.domain.category;

/**
 * What decided a transaction's category, in the order categorization consults them. Only {@link #MANUAL} is a
 * person's decision; it locks the category against every automatic source.
 */
public enum AssignmentSource {
    /** Pinned by a person; nothing automatic may change it. */
    MANUAL,
    /** A household rule matched. */
    RULE,
    /** Learned from this household's own corrections. */
    LEARNED,
    /** The built-in merchant knowledge recognised the merchant. */
    MERCHANT,
    /** The inference model suggested it with enough confidence. */
    MODEL,
    /** The bank file or aggregator supplied it. */
    IMPORT,
    /** Nothing decided: uncategorized. */
    NONE;

    public boolean isAutomatic() {
        return this != MANUAL && this != NONE;
    }
}
