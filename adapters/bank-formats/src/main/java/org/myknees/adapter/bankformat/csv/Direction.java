package org.myknees.adapter.bankformat.csv;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The words a type column uses to say whether money went out or came in. */
enum Direction {
    OUT, IN;

    private static final Set<String> OUT_WORDS = Set.of("debit", "dr", "d", "db", "withdrawal", "out", "outflow",
            "soll", "s", "check", "cargo", "debito", "af", "debet", "deebet", "expense", "χ", "χρεωση");
    private static final Set<String> IN_WORDS = Set.of("credit", "cr", "c", "deposit", "in", "inflow", "haben", "h",
            "dslip", "abono", "credito", "bij", "kredit", "kreedit", "k", "refund", "income", "π",
            "πιστωση");

    static Optional<Direction> of(String cell) {
        Optional<Direction> sign = sign(cell);
        if (sign.isPresent()) {
            return sign;
        }
        String word = HeaderVocabulary.normalize(cell);
        if (OUT_WORDS.contains(word)) {
            return Optional.of(OUT);
        }
        return IN_WORDS.contains(word) ? Optional.of(IN) : Optional.empty();
    }

    /** A cell holding only {@code +} or {@code -}: a sign column's mark. */
    private static Optional<Direction> sign(String cell) {
        String mark = cell.strip();
        if (mark.equals("-")) {
            return Optional.of(OUT);
        }
        return mark.equals("+") ? Optional.of(IN) : Optional.empty();
    }

    /**
     * Whether nearly every non-blank cell of a column is a direction word, so the column can be trusted. A column of
     * bare {@code +}/{@code -} marks must hold both, since a lone {@code -} also stands for "nothing" in many files.
     */
    static boolean isDirectionColumn(Collection<String> cells) {
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        long known = cells.stream().filter(c -> !c.isBlank()).filter(c -> of(c).isPresent()).count();
        if (filled == 0 || known * 10 < filled * 9) {
            return false;
        }
        boolean onlyMarks = cells.stream().filter(c -> !c.isBlank()).allMatch(c -> sign(c).isPresent());
        return !onlyMarks || cells.stream().map(Direction::sign).flatMap(Optional::stream).distinct().count() == 2;
    }
}
