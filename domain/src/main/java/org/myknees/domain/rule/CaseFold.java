package org.myknees.domain.rule;

/**
 * Case-insensitive comparison as rules define it: each UTF-16 unit is folded to
 * {@code toLowerCase(toUpperCase(c))}, the simple case folding {@link String#equalsIgnoreCase} and
 * {@code java.util.regex}'s Unicode case-insensitive matching use. Folding keeps the length, so positions in a
 * folded text are positions in the original, and it is idempotent over the whole BMP.
 */
final class CaseFold {

    private CaseFold() {
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
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
