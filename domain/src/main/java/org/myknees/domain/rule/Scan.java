package org.myknees.domain.rule;

/** The per-subject state of one {@link RuleSet} evaluation: literal hits and lazily folded texts. Not shared. */
final class Scan {

    final RuleSubject subject;
    /** Per literal scanner, the hit set of its field (see {@link AhoCorasick#hitIndex}). */
    final long[][] hits;
    private final String[] folded = new String[TextField.values().length];

    Scan(RuleSubject subject, int scanners) {
        this.subject = subject;
        this.hits = new long[scanners][];
    }

    /** The field's text, folded unless {@code caseSensitive}; null for an unknown merchant. */
    String text(TextField field, boolean caseSensitive) {
        String text = subject.textOrNull(field);
        if (caseSensitive || text == null) {
            return text;
        }
        String cached = folded[field.ordinal()];
        if (cached == null) {
            cached = CaseFold.fold(text);
            folded[field.ordinal()] = cached;
        }
        return cached;
    }
}
