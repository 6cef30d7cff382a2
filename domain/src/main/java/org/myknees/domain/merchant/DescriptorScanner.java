package org.myknees.domain.merchant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw bank text into {@link Piece}s in one pass: upper case, accents folded to ASCII
 * ({@code Ü} becomes {@code UE}, {@code É} becomes {@code E}), Greek letters in their Latin spelling
 * ({@code ΕΥΔΑΠ} becomes {@code EYDAP}), apostrophes inside words dropped from the
 * matching form, every other punctuation character a separator whose kind is remembered.
 */
final class DescriptorScanner {

    /** What a plus sign ending a word reads as: {@code DISNEY+} is {@code DISNEY PLUS}. */
    static final String PLUS = "PLUS";
    private static final char FOLD_FIRST = 0x00C0;
    private static final char FOLD_LAST = 0x024F;
    private static final String[] FOLD = foldTable();
    private static final char GREEK_FIRST = 0x0386;
    private static final char GREEK_LAST = 0x03CE;
    private static final String[] GREEK = greekTable();

    private DescriptorScanner() {
    }

    static List<Piece> scan(String raw) {
        List<Piece> pieces = new ArrayList<>(16);
        Piece.Gap gap = new Piece.Gap();
        gap.space = true;
        StringBuilder norm = new StringBuilder(24);
        int length = raw.length();
        int chunk = -1;
        boolean inChunk = false;
        int i = 0;
        while (i < length) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                gap.space = true;
                inChunk = false;
                i++;
                continue;
            }
            if (!inChunk) {
                chunk++;
                inChunk = true;
            }
            if (c == '&') {
                pieces.add(new Piece("&", pieces.size(), i, i + 1, chunk, Piece.Type.AMPERSAND, 0, gap));
                gap.reset();
                i++;
            } else if (isAlnum(c)) {
                i = readRun(raw, i, chunk, gap, norm, pieces);
                gap.reset();
            } else if (c == '+' && endsWord(raw, i, pieces) && !endsFieldTag(pieces)) {
                pieces.add(new Piece(PLUS, pieces.size(), i, i + 1, chunk, Piece.Type.WORD, 0, gap));
                gap.reset();
                i++;
            } else {
                gap.add(c);
                i++;
            }
        }
        return pieces;
    }

    /**
     * {@code EREF+}, {@code SVWZ+}: the German structured SEPA text ends its field tags with a plus sign, which
     * then separates a label from its value like a colon rather than reading as {@code PLUS}.
     */
    private static boolean endsFieldTag(List<Piece> pieces) {
        return DescriptorVocabulary.PLUS_TAGS.contains(pieces.get(pieces.size() - 1).norm);
    }

    /** A plus sign glued to the letters before it and not followed by a letter or digit. */
    private static boolean endsWord(String raw, int plus, List<Piece> pieces) {
        return plus > 0 && isAlnum(raw.charAt(plus - 1)) && !pieces.isEmpty()
                && pieces.get(pieces.size() - 1).type == Piece.Type.WORD
                && (plus + 1 == raw.length() || !isAlnum(raw.charAt(plus + 1)));
    }

    /** Reads one run of letters and digits starting at {@code start}; returns the index after it. */
    private static int readRun(String raw, int start, int chunk, Piece.Gap gap, StringBuilder norm, List<Piece> out) {
        norm.setLength(0);
        int length = raw.length();
        int digits = 0;
        int letters = 0;
        int letterAfterDigit = 0;
        int firstDigitRaw = -1;
        int firstDigitNorm = -1;
        int i = start;
        while (i < length) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (firstDigitRaw < 0) {
                    firstDigitRaw = i;
                    firstDigitNorm = norm.length();
                }
                digits++;
                norm.append(c);
            } else if (isAlnum(c)) {
                letters++;
                if (digits > 0) {
                    letterAfterDigit++;
                }
                appendFolded(norm, c);
            } else if (isApostrophe(c) && i > start && i + 1 < length
                    && isLetter(raw.charAt(i - 1)) && isLetter(raw.charAt(i + 1))) {
                // "JOE'S" matches as JOES; the raw span keeps the apostrophe for display
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            out.add(new Piece(norm.toString(), out.size(), start, i, chunk, Piece.Type.WORD, 0, gap));
        } else if (letters == 0) {
            out.add(new Piece(norm.toString(), out.size(), start, i, chunk, Piece.Type.NUMBER, digits, gap));
        } else if (isDepartmentAndTown(norm, firstDigitNorm, digits, letters, letterAfterDigit)) {
            out.add(new Piece(norm.substring(0, 2), out.size(), start, start + 2, chunk, Piece.Type.NUMBER, digits,
                    gap));
            out.add(new Piece(norm.substring(2), out.size(), start + 2, i, chunk, Piece.Type.WORD, 0,
                    new Piece.Gap()));
        } else if (splitsIntoWordAndNumber(norm, firstDigitNorm, digits, letterAfterDigit, out, gap)) {
            out.add(new Piece(norm.substring(0, firstDigitNorm), out.size(), start, firstDigitRaw, chunk,
                    Piece.Type.WORD, 0, gap));
            out.add(new Piece(norm.substring(firstDigitNorm), out.size(), firstDigitRaw, i, chunk,
                    Piece.Type.NUMBER, digits, new Piece.Gap()));
        } else {
            out.add(new Piece(norm.toString(), out.size(), start, i, chunk, Piece.Type.MIXED, digits, gap));
        }
        return i;
    }

    /**
     * A word with a store or terminal number glued on ({@code PETRO12345}, {@code WAL-MART3021}) is split so
     * the word survives. One letter plus digits ({@code F12345}, {@code X1234}) stays whole: it is an id or a
     * card mask, except right after an ampersand ({@code H&M1234}).
     */
    private static boolean splitsIntoWordAndNumber(StringBuilder norm, int firstDigit, int digits, int letterAfterDigit,
            List<Piece> out, Piece.Gap gap) {
        if (letterAfterDigit > 0 || digits < 3 || firstDigit < 1) {
            return false;
        }
        if (isMask(norm, firstDigit)) {
            return false;
        }
        if (firstDigit >= 2) {
            return true;
        }
        return !gap.space && !out.isEmpty() && out.get(out.size() - 1).type == Piece.Type.AMPERSAND;
    }

    /**
     * French card lines glue the department's number to the town ({@code BOULANGERIE DUPONT 69LYON}): two leading
     * digits and a known town split, so the town can end the name as it does on its own.
     */
    private static boolean isDepartmentAndTown(StringBuilder norm, int firstDigit, int digits, int letters,
            int letterAfterDigit) {
        return firstDigit == 0 && digits == 2 && letters >= 3 && letterAfterDigit == letters
                && norm.charAt(1) <= '9' && DescriptorVocabulary.PLACES.contains(norm.substring(2));
    }

    private static boolean isMask(CharSequence norm, int end) {
        for (int k = 0; k < end; k++) {
            if (norm.charAt(k) != 'X') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\f'
                || (c > 127 && Character.isWhitespace(c));
    }

    static boolean isAlnum(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return Character.isLetter(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4';
    }

    private static void appendFolded(StringBuilder norm, char c) {
        if (c < 128) {
            norm.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        } else if (c >= FOLD_FIRST && c <= FOLD_LAST && FOLD[c - FOLD_FIRST] != null) {
            norm.append(FOLD[c - FOLD_FIRST]);
        } else if (isDigraphUpsilon(norm, c)) {
            norm.append('U');
        } else if (c >= GREEK_FIRST && c <= GREEK_LAST && GREEK[c - GREEK_FIRST] != null) {
            norm.append(GREEK[c - GREEK_FIRST]);
        } else {
            norm.append(Character.toUpperCase(c));
        }
    }

    /**
     * ΟΥ is one vowel, written OU in Latin letters (ΜΑΡΟΥΣΙ is MAROUSI, ΛΙΑΡΟΠΟΥΛΟΥ is LIAROPOULOU), as towns and
     * payees print themselves; an upsilon with a diaeresis is its own vowel and keeps its Y.
     */
    private static boolean isDigraphUpsilon(StringBuilder norm, char c) {
        return (c == 'Υ' || c == 'υ' || c == 'ύ' || c == 'Ύ') && norm.length() > 0
                && norm.charAt(norm.length() - 1) == 'O';
    }

    /** ASCII upper-case spellings of the Latin letters with diacritics that European bank texts use. */
    private static String[] foldTable() {
        String[] table = new String[FOLD_LAST - FOLD_FIRST + 1];
        for (char c = FOLD_FIRST; c <= FOLD_LAST; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
            if (!base.isEmpty()) {
                table[c - FOLD_FIRST] = base.toUpperCase(java.util.Locale.ROOT);
            }
        }
        String[][] special = {
            {"Ä", "AE"}, {"ä", "AE"}, {"Ö", "OE"}, {"ö", "OE"}, {"Ü", "UE"}, {"ü", "UE"}, {"ß", "SS"},
            {"Æ", "AE"}, {"æ", "AE"}, {"Œ", "OE"}, {"œ", "OE"}, {"Ø", "O"}, {"ø", "O"}, {"Ł", "L"}, {"ł", "L"},
            {"Đ", "D"}, {"đ", "D"}, {"Ð", "D"}, {"ð", "D"}, {"Þ", "TH"}, {"þ", "TH"}, {"ı", "I"},
        };
        for (String[] pair : special) {
            table[pair[0].charAt(0) - FOLD_FIRST] = pair[1];
        }
        return table;
    }

    /**
     * Greek banks print their own words and many payees in Greek letters (ΠΛΗΡΩΜΗ ΕΥΔΑΠ, ΜΙΣΘΟΔΟΣΙΑ) and the card
     * networks the same payees in Latin ones (EYDAP): Greek letters are read in the Latin spelling Greek banks and
     * payees themselves use (ELOT 743 without its digraph rules), so both printings meet in one form.
     */
    private static String[] greekTable() {
        String[] table = new String[GREEK_LAST - GREEK_FIRST + 1];
        String[][] letters = {
            {"ΑΆαά", "A"}, {"Ββ", "V"}, {"Γγ", "G"}, {"Δδ", "D"}, {"ΕΈεέ", "E"}, {"Ζζ", "Z"}, {"ΗΉηή", "I"},
            {"Θθ", "TH"}, {"ΙΊΪιίϊΐ", "I"}, {"Κκ", "K"}, {"Λλ", "L"}, {"Μμ", "M"}, {"Νν", "N"}, {"Ξξ", "X"},
            {"ΟΌοό", "O"}, {"Ππ", "P"}, {"Ρρ", "R"}, {"Σσς", "S"}, {"Ττ", "T"}, {"ΥΎΫυύϋΰ", "Y"}, {"Φφ", "F"},
            {"Χχ", "CH"}, {"Ψψ", "PS"}, {"ΩΏωώ", "O"},
        };
        for (String[] letter : letters) {
            for (char c : letter[0].toCharArray()) {
                table[c - GREEK_FIRST] = letter[1];
            }
        }
        return table;
    }
}
