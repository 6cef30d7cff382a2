package org.myknees.domain.rule;

/**
 * Case-insensitive comparison as rules define it: each UTF-16 unit is folded to
 * {@code toLowerCase(toUpperCase(c))}, the simple case folding {@link String#equalsIgnoreCase} and
 * {@code java.util.regex}'s Unicode case-insensitive matching use. Folding keeps the length, so positions in a
 * folded text are positions in the original, and it is idempotent over the whole BMP.
 */
final class CaseFold {

    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private CaseFold() {
    }

    static char fold(char c) {
        return FOLDED[c];
    }

    static String fold(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && fold(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        char[] folded = text.toCharArray();
        for (; i < length; i++) {
            folded[i] = fold(folded[i]);
        }
        return new String(folded);
    }
}
