package org.myknees.domain.rule;

/** The text of a {@link RuleSubject} that a text condition looks at. */
public enum TextField {
    /** The descriptor exactly as the bank sent it. */
    RAW_DESCRIPTOR("raw descriptor"),
    /** The descriptor after normalization (processor prefixes, store numbers and references removed). */
    NORMALIZED_DESCRIPTOR("normalized descriptor"),
    /** The merchant name, when one is known; a condition on an unknown merchant never matches. */
    MERCHANT("merchant");

    private final String label;

    TextField(String label) {
        this.label = label;
    }

    /** The field's name in messages, e.g. {@code "raw descriptor"}. */
    public String label() {
        return label;
    }
}
