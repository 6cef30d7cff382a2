package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over a fixed list of literals: one left-to-right pass over a text finds every
 * occurrence of every literal. Built as a complete DFA over the characters the literals use (all other
 * characters share one class), so each text character costs one table lookup: the table holds the next
 * state's row offset, complemented when that state completes a literal. When built to fold, input
 * characters are {@link CaseFold folded} by the class table itself and the literals must already be folded.
 * Immutable and thread-safe.
 */
final class AhoCorasick {

    /**
     * Where an occurrence lies: the bit planes of a hit set. A hit set keeps, for each group of 64 literal ids
     * {@code w}, four longs at {@code 4w + plane}.
     */
    static final int CONTAINS = 0;
    static final int PREFIX = 1;
    static final int SUFFIX = 2;
    static final int WHOLE = 3;

    private final int literalCount;
    private final int alphabet;
    private final char[] classOf;
    private final int[] next;
    private final int[] outputStart;
    private final int[] outputs;
    private final int[] lengths;

    AhoCorasick(List<String> literals, boolean foldInput) {
        literalCount = literals.size();
        char[] literalClass = new char[Character.MAX_VALUE + 1];
        int classes = 0;
        int totalLength = 0;
        for (String literal : literals) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("An automaton cannot search for the empty string");
            }
            for (char c : literal.toCharArray()) {
                if (literalClass[c] == 0) {
                    literalClass[c] = (char) ++classes;
                }
            }
            totalLength += literal.length();
        }
        alphabet = classes + 1;
        if (foldInput) {
            classOf = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                classOf[c] = literalClass[CaseFold.fold((char) c)];
            }
        } else {
            classOf = literalClass;
        }

        int[] trie = new int[(totalLength + 1) * alphabet];
        Arrays.fill(trie, -1);
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        lengths = new int[literalCount];
        int states = 1;
        for (int id = 0; id < literalCount; id++) {
            String literal = literals.get(id);
            lengths[id] = literal.length();
            int state = 0;
            for (char c : literal.toCharArray()) {
                int slot = state * alphabet + literalClass[c];
                if (trie[slot] < 0) {
                    trie[slot] = states++;
                    ends.add(new ArrayList<>());
                }
                state = trie[slot];
            }
            ends.get(state).add(id);
        }

        next = Arrays.copyOf(trie, states * alphabet);
        int[] failure = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int cls = 0; cls < alphabet; cls++) {
            if (next[cls] < 0) {
                next[cls] = 0;
            } else {
                failure[next[cls]] = 0;
                queue[tail++] = next[cls];
            }
        }
        // Breadth first, so a state's failure target is complete before the state copies from it.
        while (head < tail) {
            int state = queue[head++];
            ends.get(state).addAll(ends.get(failure[state]));
            for (int cls = 0; cls < alphabet; cls++) {
                int slot = state * alphabet + cls;
                int fallback = next[failure[state] * alphabet + cls];
                if (next[slot] < 0) {
                    next[slot] = fallback;
                } else {
                    failure[next[slot]] = fallback;
                    queue[tail++] = next[slot];
                }
            }
        }

        for (int slot = 0; slot < next.length; slot++) {
            int target = next[slot];
            next[slot] = ends.get(target).isEmpty() ? target * alphabet : ~(target * alphabet);
        }
        outputStart = new int[states + 1];
        for (int state = 0; state < states; state++) {
            outputStart[state + 1] = outputStart[state] + ends.get(state).size();
        }
        outputs = new int[outputStart[states]];
        for (int state = 0; state < states; state++) {
            for (int i = 0; i < ends.get(state).size(); i++) {
                outputs[outputStart[state] + i] = ends.get(state).get(i);
            }
        }
    }

    int literalCount() {
        return literalCount;
    }

    /** An empty hit set. */
    long[] newHits() {
        return new long[4 * ((literalCount + 63) >>> 6)];
    }

    /** The index in a hit set of the long holding one literal's bit of one plane. */
    static int hitIndex(int literal, int plane) {
        return ((literal >>> 6) << 2) + plane;
    }

    /**
     * Marks in {@code hits} every literal that occurs in {@code text}, and also whether an occurrence starts the
     * text, ends it, or is all of it.
     */
    void scan(String text, long[] hits) {
        int last = text.length() - 1;
        int row = 0;
        for (int i = 0; i <= last; i++) {
            row = next[row + classOf[text.charAt(i)]];
            if (row >= 0) {
                continue;
            }
            row = ~row;
            int state = row / alphabet;
            for (int o = outputStart[state], end = outputStart[state + 1]; o < end; o++) {
                int literal = outputs[o];
                int base = (literal >>> 6) << 2;
                long bit = 1L << literal;
                boolean prefix = i + 1 == lengths[literal];
                hits[base + CONTAINS] |= bit;
                if (prefix) {
                    hits[base + PREFIX] |= bit;
                }
                if (i == last) {
                    hits[base + SUFFIX] |= bit;
                    if (prefix) {
                        hits[base + WHOLE] |= bit;
                    }
                }
            }
        }
    }
}
