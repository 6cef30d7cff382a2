package org.myknees.domain.merchant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick automaton over the words of normalized aliases. Working on whole words gives the word
 * boundaries for free ({@code UBER} never matches inside {@code UBERTI}); one pass over a descriptor finds
 * every alias in it (an alias may be restricted to matching the whole text). An alias lying inside a longer
 * one that also matched is set aside; of the rest, the best is chosen by a fixed order: the stronger
 * {@link DescriptorKind}, then the longer alias in characters, then more words, then the earlier start (two
 * different aliases never cover the same words, so this order is total). Immutable after construction and
 * safe to share between threads.
 */
final class AliasAutomaton {

    private static final int ROOT = 0;
    private static final int NONE = -1;

    private final Vocabulary vocabulary;
    /** Edges of state s are edgeToken/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), sorted by token. */
    private final int[] edgeStart;
    private final int[] edgeToken;
    private final int[] edgeTarget;
    private final int[] fail;
    /** Alias ending exactly at a state, or NONE. */
    private final int[] terminal;
    /** Nearest proper suffix state that has a terminal alias, or ROOT. */
    private final int[] outputLink;
    private final int[] depth;
    private final int[] aliasRank;
    private final int[] aliasChars;
    private final boolean[] wholeTextOnly;
    private final int merchantRank;
    private final int genericRank;

    /**
     * @param aliases       the aliases in matching form, single-spaced; index = alias id
     * @param aliasRank     per alias, the precedence of its entry's kind (lower wins)
     * @param wholeTextOnly per alias, whether it counts only when it is the entire text
     * @param merchantRank  the rank of merchant entries
     * @param genericRank   the rank of generic terms
     */
    AliasAutomaton(List<String> aliases, int[] aliasRank, boolean[] wholeTextOnly, int merchantRank, int genericRank) {
        this.merchantRank = merchantRank;
        this.genericRank = genericRank;
        this.aliasRank = aliasRank.clone();
        this.wholeTextOnly = wholeTextOnly.clone();
        this.aliasChars = aliases.stream().mapToInt(String::length).toArray();
        Map<String, Integer> words = new HashMap<>();
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<Integer> terminals = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        children.add(new HashMap<>());
        terminals.add(NONE);
        depths.add(0);
        for (int alias = 0; alias < aliases.size(); alias++) {
            int state = ROOT;
            for (String word : aliases.get(alias).split(" ")) {
                int token = words.computeIfAbsent(word, w -> words.size());
                Integer next = children.get(state).get(token);
                if (next == null) {
                    next = children.size();
                    children.get(state).put(token, next);
                    children.add(new HashMap<>());
                    terminals.add(NONE);
                    depths.add(depths.get(state) + 1);
                }
                state = next;
            }
            if (terminals.get(state) != NONE) {
                throw new IllegalArgumentException("Alias '" + aliases.get(alias) + "' is listed twice");
            }
            terminals.set(state, alias);
        }
        int states = children.size();
        this.vocabulary = new Vocabulary(words);
        this.terminal = terminals.stream().mapToInt(Integer::intValue).toArray();
        this.depth = depths.stream().mapToInt(Integer::intValue).toArray();
        this.edgeStart = new int[states + 1];
        int edges = children.stream().mapToInt(Map::size).sum();
        this.edgeToken = new int[edges];
        this.edgeTarget = new int[edges];
        int at = 0;
        for (int state = 0; state < states; state++) {
            edgeStart[state] = at;
            int[] tokens = children.get(state).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int token : tokens) {
                edgeToken[at] = token;
                edgeTarget[at] = children.get(state).get(token);
                at++;
            }
        }
        edgeStart[states] = at;
        this.fail = new int[states];
        this.outputLink = new int[states];
        linkFailures();
    }

    /** Breadth-first, so every state's failure target is final before its children need it. */
    private void linkFailures() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            fail[edgeTarget[e]] = ROOT;
            outputLink[edgeTarget[e]] = ROOT;
            queue.add(edgeTarget[e]);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
                int token = edgeToken[e];
                int child = edgeTarget[e];
                int f = fail[state];
                int target = next(f, token);
                while (target == NONE && f != ROOT) {
                    f = fail[f];
                    target = next(f, token);
                }
                fail[child] = target == NONE ? ROOT : target;
                outputLink[child] = terminal[fail[child]] != NONE ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
    }

    private int next(int state, int token) {
        int low = edgeStart[state];
        int high = edgeStart[state + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int t = edgeToken[mid];
            if (t < token) {
                low = mid + 1;
            } else if (t > token) {
                high = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return NONE;
    }

    /**
     * The best alias occurring in {@code text} (single-spaced words) and the best alias of a merchant, as
     * {@link Best}; either is -1 when there is none. They differ when a bank operation or generic term wins
     * over a merchant also named in the text ({@code IRS} in {@code IRS TREAS 310 TAX REF}).
     */
    Best best(String text) {
        Candidates found = new Candidates();
        int state = ROOT;
        int wordIndex = 0;
        int length = text.length();
        int from = 0;
        while (from < length) {
            int to = text.indexOf(' ', from);
            if (to < 0) {
                to = length;
            }
            int token = vocabulary.id(text, from, to);
            if (token == NONE) {
                state = ROOT;
            } else {
                int target = next(state, token);
                while (target == NONE && state != ROOT) {
                    state = fail[state];
                    target = next(state, token);
                }
                state = target == NONE ? ROOT : target;
                for (int s = terminal[state] != NONE ? state : outputLink[state]; s != ROOT; s = outputLink[s]) {
                    int alias = terminal[s];
                    int start = wordIndex - depth[s] + 1;
                    if (!wholeTextOnly[alias] || (start == 0 && to == length)) {
                        found.add(alias, start, wordIndex + 1);
                    }
                }
            }
            wordIndex++;
            from = to + 1;
        }
        int best = choose(found, NONE);
        int merchant = choose(found, merchantRank);
        int generic = choose(found, genericRank);
        int firstStart = NONE;
        for (int i = 0; i < found.size; i++) {
            firstStart = firstStart == NONE ? found.start(i) : Math.min(firstStart, found.start(i));
        }
        return new Best(aliasAt(found, best), aliasAt(found, merchant), aliasAt(found, generic),
                best == NONE ? NONE : found.start(best), firstStart);
    }

    private static int aliasAt(Candidates found, int candidate) {
        return candidate == NONE ? NONE : found.alias(candidate);
    }

    /**
     * Alias ids of the overall winner, of the best merchant and of the best generic term, -1 for none; the word
     * the winner starts at, and the first word any alias starts at.
     */
    record Best(int alias, int merchantAlias, int genericAlias, int start, int firstStart) {
    }

    /**
     * An alias lying inside a longer matched alias is the less specific reading of those words and is set
     * aside ({@code ATM} inside {@code ATM MILANO}); among the rest the order described above decides.
     */
    private int choose(Candidates found, int onlyRank) {
        int best = NONE;
        for (int i = 0; i < found.size; i++) {
            if (found.isInsideAnother(i) || (onlyRank != NONE && aliasRank[found.alias(i)] != onlyRank)) {
                continue;
            }
            if (best == NONE || better(found.alias(i), found.start(i), found.end(i), found.alias(best),
                    found.start(best), found.end(best))) {
                best = i;
            }
        }
        return best;
    }

    private boolean better(int alias, int start, int end, int current, int currentStart, int currentEnd) {
        if (aliasRank[alias] != aliasRank[current]) {
            return aliasRank[alias] < aliasRank[current];
        }
        if (aliasChars[alias] != aliasChars[current]) {
            return aliasChars[alias] > aliasChars[current];
        }
        if (end - start != currentEnd - currentStart) {
            return end - start > currentEnd - currentStart;
        }
        return start < currentStart;
    }

    /** Matches found in one text: alias id and word span, three ints each. */
    private static final class Candidates {

        private int[] data = new int[24];
        private int size;

        void add(int alias, int start, int end) {
            if (3 * size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[3 * size] = alias;
            data[3 * size + 1] = start;
            data[3 * size + 2] = end;
            size++;
        }

        int alias(int i) {
            return data[3 * i];
        }

        int start(int i) {
            return data[3 * i + 1];
        }

        int end(int i) {
            return data[3 * i + 2];
        }

        boolean isInsideAnother(int i) {
            for (int j = 0; j < size; j++) {
                if (j != i && start(j) <= start(i) && end(j) >= end(i)
                        && (start(j) != start(i) || end(j) != end(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Word to id without allocating: open addressing keyed by the same hash as {@link String#hashCode()}. */
    private static final class Vocabulary {

        private final String[] words;
        private final int[] slots;
        private final int mask;

        Vocabulary(Map<String, Integer> ids) {
            words = new String[ids.size()];
            ids.forEach((word, id) -> words[id] = word);
            int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 3)) << 1;
            slots = new int[capacity];
            mask = capacity - 1;
            for (int id = 0; id < words.length; id++) {
                int slot = spread(words[id].hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id + 1;
            }
        }

        int id(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                String word = words[slots[slot] - 1];
                if (word.length() == to - from && word.regionMatches(0, text, from, to - from)) {
                    return slots[slot] - 1;
                }
                slot = (slot + 1) & mask;
            }
            return NONE;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
