package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits text into records as RFC 4180 describes, with the leniency real bank files need: any of CRLF, LF
 * or a lone CR ends a line; quoted fields may hold delimiters, line breaks (read as LF) and doubled quotes;
 * spaces before an opening quote are dropped; text after a closing quote is kept. A quote left open until the
 * end of the file marks only its own physical line as broken, and reading resumes on the next line. Runs in
 * time linear in the text.
 */
final class CsvTokenizer {

    private final String text;
    /** The current record's field spans and quoted texts, reused from record to record. */
    private int[] bounds = new int[32];
    private String[] quoted = new String[16];
    private final StringBuilder field = new StringBuilder();
    private final char delimiter;
    private final int limit;
    private int pos;
    private int line = 1;
    /** A quoted field opened at or after this position is known to run to the end of the text. */
    private int openToEndFrom = Integer.MAX_VALUE;

    private CsvTokenizer(String text, char delimiter, int maxRecords) {
        this.text = text;
        this.delimiter = delimiter;
        this.limit = maxRecords;
    }

    static List<CsvRecord> tokenize(String text, char delimiter) {
        return new CsvTokenizer(text, delimiter, Integer.MAX_VALUE).records();
    }

    /** The first records only, for cheap sniffing. */
    static List<CsvRecord> head(String text, char delimiter, int maxRecords) {
        return new CsvTokenizer(text, delimiter, maxRecords).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (pos < text.length() && records.size() < limit) {
            records.add(record());
        }
        return records;
    }

    private CsvRecord record() {
        int startLine = line;
        int startPos = pos;
        int count = 0;
        boolean anyQuoted = false;
        while (true) {
            int quote = openingQuote();
            if (quote >= 0) {
                pos = quote + 1;
                field.setLength(0);
                if (!readQuoted(field)) {
                    Arrays.fill(quoted, 0, count, null);
                    return brokenLine(startLine, startPos, count);
                }
            }
            int plain = pos;
            while (pos < text.length() && !isLineEnd(text.charAt(pos)) && text.charAt(pos) != delimiter) {
                pos++;
            }
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                quoted = Arrays.copyOf(quoted, bounds.length / 2);
            }
            bounds[2 * count] = plain;
            bounds[2 * count + 1] = pos;
            if (quote >= 0) {
                field.append(text, plain, pos);
                quoted[count] = field.toString();
                anyQuoted = true;
            }
            count++;
            if (pos < text.length() && text.charAt(pos) == delimiter) {
                pos++;
                continue;
            }
            int end = pos;
            consumeLineEnd();
            // An unquoted field stays a span of the text until it is asked for: no string per cell is kept.
            String[] texts = anyQuoted ? Arrays.copyOf(quoted, count) : null;
            Arrays.fill(quoted, 0, count, null);
            return new CsvRecord(startLine, text, startPos, end, Arrays.copyOf(bounds, 2 * count), texts,
                    Optional.empty());
        }
    }

    /** The position of a quote that opens the field at {@code pos} (after optional spaces), or -1. */
    private int openingQuote() {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ' && delimiter != ' ') {
            p++;
        }
        return p < text.length() && text.charAt(p) == '"' ? p : -1;
    }

    /** Reads a quoted field's content up to its closing quote; false when the quote never closes. */
    private boolean readQuoted(StringBuilder field) {
        int contentStart = pos;
        if (contentStart > openToEndFrom && !closesInLeadingQuotes(contentStart)) {
            return false;
        }
        int linesInside = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                line += linesInside;
                return true;
            }
            if (c == '\r' || c == '\n') {
                // a line break inside a cell reads the same whatever line endings the file was saved with
                linesInside++;
                if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    pos++;
                }
                field.append('\n');
                pos++;
                continue;
            }
            field.append(c);
            pos++;
        }
        openToEndFrom = Math.min(openToEndFrom, contentStart);
        return false;
    }

    /**
     * Every quote run after a position known to stay open is even, so a field opened later can only close
     * within the run of quotes it starts with.
     */
    private boolean closesInLeadingQuotes(int contentStart) {
        int run = 0;
        while (contentStart + run < text.length() && text.charAt(contentStart + run) == '"') {
            run++;
        }
        return run % 2 == 1;
    }

    private CsvRecord brokenLine(int startLine, int startPos, int fieldIndex) {
        pos = startPos;
        line = startLine;
        while (pos < text.length() && !isLineEnd(text.charAt(pos))) {
            pos++;
        }
        int end = pos;
        consumeLineEnd();
        return new CsvRecord(startLine, List.of(text.substring(startPos, end)), text, startPos, end,
                Optional.of("the quote that opens field " + (fieldIndex + 1) + " is never closed"));
    }

    private void consumeLineEnd() {
        if (pos >= text.length()) {
            return;
        }
        char c = text.charAt(pos++);
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private static boolean isLineEnd(char c) {
        return c == '\r' || c == '\n';
    }
}
