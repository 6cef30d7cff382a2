package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records: comma separated, fields optionally in double quotes with {@code ""}
 * for a quote, quoted fields may span lines. Blank lines are skipped. Each record keeps the line it starts on.
 */
final class CsvRecords {

    record Record(int line, List<String> fields) {
    }

    /** Malformed CSV, with the line it was found on. */
    static final class MalformedException extends IllegalArgumentException {

        private final int line;

        MalformedException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) {
        return new Parser(text).records();
    }

    private static final class Parser {

        private final String text;
        private final List<Record> records = new ArrayList<>();
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;
        private boolean recordEmpty = true;

        Parser(String text) {
            this.text = text;
        }

        List<Record> records() {
            int i = text.startsWith("\uFEFF") ? 1 : 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' && field.length() == 0) {
                    i = quoted(i);
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    recordEmpty = false;
                } else if (c == '\n' || c == '\r') {
                    endRecord();
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    recordLine = line;
                } else if (c == '"') {
                    throw new MalformedException(line, "a quote inside unquoted field " + (fields.size() + 1));
                } else {
                    field.append(c);
                    recordEmpty = false;
                }
                i++;
            }
            endRecord();
            return records;
        }

        /** Reads the quoted field opening at {@code open}; returns the index after its closing quote. */
        private int quoted(int open) {
            int startLine = line;
            int i = open + 1;
            while (true) {
                if (i >= text.length()) {
                    throw new MalformedException(startLine, "the quote opening field " + (fields.size() + 1)
                            + " is never closed");
                }
                char c = text.charAt(i);
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else if (c == '"') {
                    break;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                    i++;
                }
            }
            recordEmpty = false;
            char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (after != ',' && after != '\n' && after != '\r') {
                throw new MalformedException(line, "text follows the closing quote of field " + (fields.size() + 1));
            }
            return i + 1;
        }

        private void endRecord() {
            if (!recordEmpty) {
                fields.add(field.toString());
                records.add(new Record(recordLine, List.copyOf(fields)));
            }
            fields.clear();
            field.setLength(0);
            recordEmpty = true;
        }
    }
}
