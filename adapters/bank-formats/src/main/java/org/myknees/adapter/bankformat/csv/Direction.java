package org.myknees.adapter.bankformat.csv;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The words a type column uses to say whether money went out or came in. */
enum Direction {
    OUT, IN;

    private static final Set<String> OUT_WORDS = Set.of("debit", "dr", "d", "db", "withdrawal", "out", "outflow",
            "soll", "s", "check", "cargo", "debito", "af", "debet");
    private static final Set<String> IN_WORDS = Set.of("credit", "cr", "c", "deposit", "in", "inflow", "haben", "h",
            "dslip", "abono", "credito", "bij", "kredit");

    static Optional<Direction> of(String cell) {
        String word = HeaderVocabulary.normalize(cell);
        if (OUT_WORDS.contains(word)) {
            return Optional.of(OUT);
        }
        return IN_WORDS.contains(word) ? Optional.of(IN) : Optional.empty();
    }

    /** Whether nearly every non-blank cell of a column is a direction word, so the column can be trusted. */
    static boolean isDirectionColumn(Collection<String> cells) {
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        long known = cells.stream().filter(c -> !c.isBlank()).filter(c -> of(c).isPresent()).count();
        return filled > 0 && known * 10 >= filled * 9;
    }
}
