package org.myknees.domain.rule;

/**
 * Finds every literal the rules use in one text field (compared with or without case) in one pass, and marks
 * the rules that a found literal makes worth testing.
 */
final class LiteralScanner {

    private final TextField field;
    private final AhoCorasick automaton;
    private final int[][] rulesByLiteral;
    private final long[] noHits;

    LiteralScanner(TextField field, AhoCorasick automaton, int[][] rulesByLiteral) {
        this.field = field;
        this.automaton = automaton;
        this.rulesByLiteral = rulesByLiteral;
        this.noHits = automaton.newHits();
    }

    /** The hit set of the subject's field; sets in {@code candidates} the bit of each rule a hit triggers. */
    long[] scan(RuleSubject subject, long[] candidates) {
        String text = subject.textOrNull(field);
        if (text == null) {
            return noHits;
        }
        long[] hits = automaton.newHits();
        automaton.scan(text, hits);
        for (int base = 0; base < hits.length; base += 4) {
            long found = hits[base + AhoCorasick.CONTAINS];
            while (found != 0) {
                int literal = (base << 4) + Long.numberOfTrailingZeros(found);
                found &= found - 1;
                for (int rule : rulesByLiteral[literal]) {
                    candidates[rule >>> 6] |= 1L << rule;
                }
            }
        }
        return hits;
    }
}
