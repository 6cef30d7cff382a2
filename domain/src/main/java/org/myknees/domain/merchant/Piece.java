package org.myknees.domain.merchant;

/**
 * One run of letters and digits (or a lone {@code &}) of a raw descriptor, with what surrounded it.
 * Created by {@link DescriptorScanner}; the analysis then marks pieces as noise.
 */
final class Piece {

    enum Type { WORD, NUMBER, MIXED, AMPERSAND }

    String norm;
    /** {@link DescriptorVocabulary} word classes of {@link #norm} as scanned. */
    final int classes;
    /** Position among all pieces of the descriptor. */
    final int index;
    final int rawStart;
    final int rawEnd;
    final int chunk;
    final Type type;
    final int digits;
    /** Whitespace separates this piece from the previous one. */
    final boolean spaceBefore;
    /** The first punctuation character between the previous piece and this one, or 0. */
    final char sepBefore;
    /** The separators before this piece include a star, a colon, a plus or a slash. */
    final boolean starBefore;
    final boolean colonBefore;
    final boolean plusBefore;
    final boolean slashBefore;

    boolean dropped;
    /** A lone {@code S} after this word was its possessive ending ({@code TRADER JOE S}) and was merged into it. */
    boolean possessive;
    /** Top-level domain of the web address naming the merchant ({@code COM} of {@code NETFLIX.COM}); not displayed. */
    boolean domainSuffix;
    /**
     * First word of what an ACH entry says it was for ({@code WEB} of {@code DES:WEB PAY}); the payee's name
     * ends before it.
     */
    boolean entryDescription;
    /**
     * First word of a labelled field's value ({@code Omschrijving: …}, {@code Concepto: …}); a name read from an
     * earlier field ends before it.
     */
    boolean fieldStart;
    /** A town's name the bank cut to fit its field, written out in {@link #norm} ({@code CITY OF SACRAMEN}). */
    boolean townCompleted;

    Piece(String norm, int index, int rawStart, int rawEnd, int chunk, Type type, int digits, Gap gap) {
        this.norm = norm;
        this.index = index;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.chunk = chunk;
        this.type = type;
        this.digits = digits;
        this.classes = type == Type.WORD ? DescriptorVocabulary.classesOf(norm) : 0;
        this.spaceBefore = gap.space;
        this.sepBefore = gap.first;
        this.starBefore = gap.star;
        this.colonBefore = gap.colon;
        this.plusBefore = gap.plus;
        this.slashBefore = gap.slash;
    }

    boolean is(int wordClass) {
        return (classes & wordClass) != 0;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    /** Digits only, or digits first (a time such as {@code 45PM}): candidates for a date, time or phone group. */
    boolean isNumeric() {
        return type == Type.NUMBER || (type == Type.MIXED && Character.isDigit(norm.charAt(0)));
    }

    /**
     * A word after which a place name belongs to the merchant's own name ({@code CITY OF AUSTIN}, {@code THE SHIP &
     * WHITBY}); not when it ends a hyphenated word ({@code DRIVE-IN ATLANTA}).
     */
    boolean guardsPlace() {
        return (is(DescriptorVocabulary.PLACE_GUARD) || type == Type.AMPERSAND) && !(glued() && sepBefore == '-');
    }

    /** Glued to the previous piece with no whitespace. */
    boolean glued() {
        return !spaceBefore;
    }

    @Override
    public String toString() {
        return norm + (dropped ? "(x)" : "");
    }

    /** What lay between two pieces. */
    static final class Gap {
        boolean space;
        char first;
        boolean star;
        boolean colon;
        boolean plus;
        boolean slash;

        void reset() {
            space = false;
            first = 0;
            star = false;
            colon = false;
            plus = false;
            slash = false;
        }

        void add(char c) {
            if (first == 0) {
                first = c;
            }
            switch (c) {
                case '*' -> star = true;
                case ':' -> colon = true;
                case '+' -> plus = true;
                case '/', '\\' -> slash = true;
                default -> { }
            }
        }
    }
}
