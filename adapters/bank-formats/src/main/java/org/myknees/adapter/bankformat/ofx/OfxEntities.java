package org.myknees.adapter.bankformat.ofx;

/**
 * Character references in OFX text: the SGML/XML five, {@code &nbsp;} and numeric references. Anything else
 * that starts with {@code &}, such as the bare ampersand many banks write ({@code AT&T}), stays as written.
 */
final class OfxEntities {

    private static final int LONGEST_REFERENCE = 10;

    private OfxEntities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (amp >= 0) {
            int semicolon = semicolonNear(text, amp);
            if (semicolon > amp + 1) {
                String replacement = replacement(text.substring(amp + 1, semicolon));
                if (replacement != null) {
                    out.append(text, copied, amp).append(replacement);
                    copied = semicolon + 1;
                }
            }
            amp = text.indexOf('&', amp + 1);
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Looks only a few characters ahead, so text full of bare ampersands stays linear. */
    private static int semicolonNear(String text, int amp) {
        int limit = Math.min(text.length(), amp + LONGEST_REFERENCE + 1);
        for (int i = amp + 1; i < limit; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String replacement(String reference) {
        return switch (reference) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> reference.startsWith("#") ? numeric(reference.substring(1)) : null;
        };
    }

    private static String numeric(String digits) {
        boolean hex = digits.startsWith("x") || digits.startsWith("X");
        String number = hex ? digits.substring(1) : digits;
        if (number.isEmpty()) {
            return null;
        }
        int codePoint = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = Character.digit(number.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return null;
            }
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        return codePoint > 0 && Character.isValidCodePoint(codePoint) && !isSurrogate(codePoint)
                ? new String(Character.toChars(codePoint)) : null;
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
