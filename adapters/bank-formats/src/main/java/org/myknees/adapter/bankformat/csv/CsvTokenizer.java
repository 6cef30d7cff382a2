package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Splits text into records as RFC 4180 describes, with the leniency real bank files need: any of CRLF, LF
 * or a lone CR ends a line; quoted fields may hold delimiters, line breaks (read as LF) and doubled quotes;
 * spaces before an opening quote are dropped; text after a closing quote is kept. A quote left open until the
 * end of the file marks only its own physical line as broken, and reading resumes on the next line. Runs in
 * time linear in the text.
 */
final class CsvTokenizer {

    private static final int SPAN_BLOCK = 16_384;

    private final String text;
    /** The current record's field spans and quoted texts, reused from record to record. */
    private int[] bounds = new int[32];
    /**
     * The field spans of the records read so far, in blocks shared by many records: a million records would otherwise
     * hold a million small arrays, each an object for the collector to copy while the file is read.
     */
    private int[] spans = new int[SPAN_BLOCK];
    private int spansUsed;
    private String[] quoted = new String[16];
    private final StringBuilder field = new StringBuilder();
    private final char delimiter;
    private final int limit;
    /** Records that start before this position are read; the last of them may run past it. */
    private final int to;
    private int pos;
    private int line;
    /** A quoted field opened at or after this position is known to run to the end of the text. */
    private int openToEndFrom = Integer.MAX_VALUE;

    private CsvTokenizer(String text, char delimiter, int maxRecords, int from, int to, int line) {
        this.text = text;
        this.delimiter = delimiter;
        this.limit = maxRecords;
        this.pos = from;
        this.to = to;
        this.line = line;
    }

    static List<CsvRecord> tokenize(String text, char delimiter) {
        return new CsvTokenizer(text, delimiter, Integer.MAX_VALUE, 0, text.length(), 1).records();
    }

    /**
     * The records of the whole text, read in one part per thread of {@code cores}: the text is cut at line starts,
     * each part is read as if a record started there, and where the record before a cut runs past it (a quoted line
     * break) the records are read again from that record's end. The records are those {@link #tokenize(String, char)}
     * gives, with the same lines and problems, in the same order.
     */
    static List<CsvRecord> tokenize(String text, char delimiter, Cores cores) {
        int[] cuts = cuts(text, cores.count());
        if (cuts.length <= 2) {
            return tokenize(text, delimiter);
        }
        List<Callable<Integer>> counting = new ArrayList<>();
        for (int k = 0; k + 2 < cuts.length; k++) {
            int from = cuts[k];
            int to = cuts[k + 1];
            counting.add(() -> lineBreaks(text, from, to));
        }
        List<Integer> breaks = cores.run(counting);
        List<Callable<Part>> reading = new ArrayList<>();
        int firstLine = 1;
        for (int k = 0; k + 1 < cuts.length; k++) {
            int from = cuts[k];
            int to = cuts[k + 1];
            int line = firstLine;
            reading.add(() -> part(text, delimiter, from, to, line));
            firstLine += k < breaks.size() ? breaks.get(k) : 0;
        }
        List<Part> parts = cores.run(reading);
        List<CsvRecord> records = new ArrayList<>(parts.stream().mapToInt(p -> p.records().size()).sum());
        int pos = 0;
        int line = 1;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            Part read = part.from() == pos ? part : resumed(text, delimiter, part, cuts[k + 1], pos, line);
            records.addAll(read.records());
            pos = read.end();
            line = read.endLine();
        }
        return records;
    }

    /** Line starts that cut the text into about {@code parts} equal parts, with 0 first and the text's length last. */
    static int[] cuts(String text, int parts) {
        int[] cuts = new int[parts + 1];
        int count = 1;
        for (int k = 1; k < parts; k++) {
            int p = Math.max(cuts[count - 1] + 1, (int) ((long) text.length() * k / parts));
            while (p < text.length() && !startsLine(text, p)) {
                p++;
            }
            if (p < text.length()) {
                cuts[count++] = p;
            }
        }
        cuts[count++] = text.length();
        return Arrays.copyOf(cuts, count);
    }

    /** Whether a line starts at {@code p}: a cut there never parts the CR and LF of one line end. */
    private static boolean startsLine(String text, int p) {
        char before = text.charAt(p - 1);
        return before == '\n' || before == '\r' && text.charAt(p) != '\n';
    }

    /** The first records only, for cheap sniffing. */
    static List<CsvRecord> head(String text, char delimiter, int maxRecords) {
        return new CsvTokenizer(text, delimiter, maxRecords, 0, text.length(), 1).records();
    }

    /**
     * The records that start from {@code from} (a line's start, on line {@code line}) up to {@code to}, read as if
     * a record started at {@code from}: right only when no quoted field spans it, which the caller checks by where
     * the previous part ended.
     */
    static Part part(String text, char delimiter, int from, int to, int line) {
        CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter, Integer.MAX_VALUE, from, to, line);
        List<CsvRecord> records = tokenizer.records();
        return new Part(from, records, tokenizer.pos, tokenizer.line);
    }

    /**
     * A stretch of the text read as records.
     *
     * @param from    where its first record starts
     * @param end     where the reading stopped: the start of the next record
     * @param endLine the line of the next record
     */
    record Part(int from, List<CsvRecord> records, int end, int endLine) {
    }

    /**
     * The records from {@code part}'s start onwards, when the record before it ran on to {@code pos} (on line
     * {@code line}) past the part's start: the records in between are read again from there, until one starts where
     * one of the part's records starts, and the part's records from that one on are the same as reading on would give.
     * Reading stops at {@code to} (the part's end) when none does.
     */
    static Part resumed(String text, char delimiter, Part part, int to, int pos, int line) {
        CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter, Integer.MAX_VALUE, pos, to, line);
        List<CsvRecord> records = new ArrayList<>();
        List<CsvRecord> guessed = part.records();
        int next = 0;
        while (tokenizer.pos < to) {
            while (next < guessed.size() && guessed.get(next).start() < tokenizer.pos) {
                next++;
            }
            if (next < guessed.size() && guessed.get(next).start() == tokenizer.pos) {
                records.addAll(guessed.subList(next, guessed.size()));
                return new Part(part.from(), records, part.end(), part.endLine());
            }
            records.add(tokenizer.record());
        }
        return new Part(part.from(), records, tokenizer.pos, tokenizer.line);
    }

    /**
     * How many lines the text holds from {@code from} to {@code to} as the tokenizer counts them: CRLF, LF and a lone
     * CR each end one, inside quotes too.
     */
    static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (pos < to && records.size() < limit) {
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
            if (spansUsed + 2 * count > spans.length) {
                spans = new int[Math.max(SPAN_BLOCK, 2 * count)];
                spansUsed = 0;
            }
            System.arraycopy(bounds, 0, spans, spansUsed, 2 * count);
            spansUsed += 2 * count;
            return new CsvRecord(startLine, text, startPos, end, spans, spansUsed - 2 * count, count, texts,
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
