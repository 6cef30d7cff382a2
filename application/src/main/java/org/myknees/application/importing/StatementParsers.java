package org.myknees.application.importing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/** The parsers the product knows, with auto-detection from content and forcing by format code. */
public final class StatementParsers {

    private static final int HEAD_BYTES = 8 * 1024;
    private static final int MINIMUM_CONFIDENCE = 20;

    private final List<StatementParser> parsers;

    public StatementParsers(List<StatementParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /** The parser for a format code (a CSV profile such as {@code csv:ally-bank} is read by the CSV parser). */
    public StatementParser forFormat(ImportFormat format, String fileName) {
        return parsers.stream().filter(p -> p.format().equals(format)).findFirst()
                .or(() -> parsers.stream().filter(p -> p.format().code().equals(format.family())).findFirst())
                .orElseThrow(() -> new StatementParseException(fileName, 0, "Unknown format '" + format
                        + "'; known formats: " + formats()));
    }

    /**
     * The parser most confident that the content is its format; a file none claims is refused saying what it
     * is where its first bytes tell (empty, PDF, workbook, web page).
     */
    public StatementParser detect(byte[] content, String fileName) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
        Optional<Scored> best = parsers.stream().map(p -> new Scored(p, safeRecognize(p, head, fileName)))
                .max(Comparator.comparingInt(Scored::score));
        if (best.isEmpty() || best.get().score() < MINIMUM_CONFIDENCE) {
            throw new StatementParseException(fileName, 0, ForeignContent.describe(content).orElseGet(
                    () -> "The format of the file was not recognised" + ForeignContent.opening(content)
                            .map(line -> " (it begins: '" + line + "')").orElse("")
                            + "; pass a format explicitly (one of: " + formats() + ")"));
        }
        return best.get().parser();
    }

    public String formats() {
        return parsers.stream().map(p -> p.format().code()).distinct().sorted().collect(Collectors.joining(", "));
    }

    private static int safeRecognize(StatementParser parser, byte[] head, String fileName) {
        try {
            return parser.recognize(head, fileName);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private record Scored(StatementParser parser, int score) {
    }
}
