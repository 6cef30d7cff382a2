package org.myknees.adapter.bankformat.mt940;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Judges from the first bytes whether a file is an MT940 statement or an MT942 report: the SWIFT envelope's
 * message type ({@code {2:I940…}}) settles it; otherwise the statement tags found at line starts count, and
 * MT942-only tags ({@code :34F:}, {@code :13D:}, {@code :90D:}) without an opening balance point to MT942.
 */
final class SwiftRecognizer {

    private static final List<String> STATEMENT_TAGS = List.of("20", "25", "28", "28C", "60F", "60M", "61", "62F",
            "62M", "64", "65", "86");
    private static final List<String> INTERIM_TAGS = List.of("34F", "13D", "90D", "90C");
    private static final List<String> EXTENSIONS = List.of(".sta", ".940", ".mt940", ".swi", ".mta", ".942", ".mt942");

    private SwiftRecognizer() {
    }

    static int confidence(byte[] head, String fileName, boolean interim) {
        if (head == null || head.length == 0) {
            return 0;
        }
        String text = "\n" + new String(head, StandardCharsets.ISO_8859_1);
        boolean says940 = text.contains("{2:I940") || text.contains("{2:O940") || text.contains("\n:940:");
        boolean says942 = text.contains("{2:I942") || text.contains("{2:O942") || text.contains("\n:942:");
        long statementTags = STATEMENT_TAGS.stream().filter(tag -> hasTag(text, tag)).count();
        boolean interimTags = INTERIM_TAGS.stream().anyMatch(tag -> hasTag(text, tag));
        int score;
        if (says940 || says942) {
            score = 90;
        } else if (statementTags >= 3 && (hasTag(text, "20") || hasTag(text, "25"))) {
            score = 80;
        } else if (statementTags + (interimTags ? 1 : 0) >= 2) {
            score = 50;
        } else if (statementTags > 0) {
            score = 20;
        } else {
            return 0;
        }
        boolean looksInterim = says942 || !says940 && interimTags && !hasTag(text, "60F") && !hasTag(text, "60M");
        if (looksInterim != interim) {
            score /= 2;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().anyMatch(name::endsWith)) {
            score += 5;
        }
        return Math.min(score, 100);
    }

    private static boolean hasTag(String text, String tag) {
        return text.contains("\n:" + tag + ":") || text.contains("\r:" + tag + ":");
    }
}
