package org.myknees.adapter.inference.djl;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Word sets for the lexical side of matching: the distinct lower-case words of a text, sorted, interned. */
final class Tokens {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&']+");
    private static final String[] NONE = new String[0];

    private Tokens() {
    }

    static String[] of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(NON_WORD.split(lower)).filter(w -> !w.isEmpty()).map(String::intern).distinct()
                .sorted().toArray(String[]::new);
    }

    /** Jaccard similarity of two sorted word sets: shared words over all words. */
    static float overlap(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0f;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int cmp = a[i].compareTo(b[j]);
            if (cmp == 0) {
                shared++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (float) (a.length + b.length - shared);
    }
}
