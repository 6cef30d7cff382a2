package org.myknees.domain.merchant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word sequences keyed by their first word, for matching short fixed phrases against pieces; longest first. */
final class PhraseTable<V> {

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    void put(String phrase, V value) {
        String[] words = phrase.trim().split(" +");
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry<>(words, value));
        byFirstWord.get(words[0]).sort(Comparator.comparingInt((Entry<V> e) -> e.words.length).reversed());
    }

    /** The longest phrase that starts at {@code pieces[from]} and fits before {@code limit}, or null. */
    Entry<V> longestAt(List<Piece> pieces, int from, int limit) {
        List<Entry<V>> candidates = byFirstWord.get(pieces.get(from).norm);
        if (candidates == null) {
            return null;
        }
        for (Entry<V> candidate : candidates) {
            String[] words = candidate.words;
            if (from + words.length > limit) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = words[k].equals(pieces.get(from + k).norm);
            }
            if (all) {
                return candidate;
            }
        }
        return null;
    }

    record Entry<V>(String[] words, V value) {

        int length() {
            return words.length;
        }
    }
}
