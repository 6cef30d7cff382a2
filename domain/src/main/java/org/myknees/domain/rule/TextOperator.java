package org.myknees.domain.rule;

/**
 * How a text condition compares a field with its pattern(s). {@link #REGEX} patterns are POSIX extended
 * regular expressions (ERE), the portable flavour other finance tools share; a regex matches when it is found
 * anywhere in the text unless it is anchored with {@code ^} or {@code $}.
 */
public enum TextOperator {
    EQUALS("equals"),
    CONTAINS("contains"),
    STARTS_WITH("starts with"),
    ENDS_WITH("ends with"),
    REGEX("matches regex"),
    /** Equals any one of several patterns. */
    ONE_OF("is one of");

    private final String label;

    TextOperator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
