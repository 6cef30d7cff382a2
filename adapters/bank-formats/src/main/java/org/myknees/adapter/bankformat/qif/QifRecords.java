package org.myknees.adapter.bankformat.qif;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.myknees.application.importing.port.out.StatementParseException;

/** Splits QIF text into records under their section headers, one record at a time. */
final class QifRecords {

    /** Far more lines than any record has, splits included; a guard against hostile input. */
    static final int MAX_FIELDS = 10_000;

    private QifRecords() {
    }

    /**
     * Hands every record to {@code sink} in file order. A record ends at {@code ^}, at the next header, or at
     * the end of the file (the last {@code ^} is often missing). Blank lines and records without fields are
     * skipped. Lines before the first header have no section and are not read.
     *
     * @throws StatementParseException when a record has more than {@link #MAX_FIELDS} lines
     */
    static void read(String text, String fileName, Consumer<QifRecord> sink) {
        List<QifRecord.Field> fields = new ArrayList<>();
        QifSection section = null;
        int recordLine = 0;
        int line = 0;
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            line++;
            String content = text.substring(start, end).strip();
            start = next(text, end);
            if (content.isEmpty()) {
                continue;
            }
            char code = content.charAt(0);
            if (code == '!' || code == '^') {
                if (section != null && !fields.isEmpty()) {
                    sink.accept(new QifRecord(section, recordLine, fields));
                }
                fields.clear();
                String header = content.substring(1).strip();
                if (code == '!' && !QifSection.isOption(header)) {
                    section = QifSection.of(header);
                }
                continue;
            }
            if (fields.isEmpty()) {
                recordLine = line;
            } else if (fields.size() >= MAX_FIELDS) {
                throw new StatementParseException(fileName, recordLine, "the record has more than " + MAX_FIELDS
                        + " lines without a ^ to end it");
            }
            fields.add(new QifRecord.Field(code, content.substring(1)));
        }
        if (section != null && !fields.isEmpty()) {
            sink.accept(new QifRecord(section, recordLine, fields));
        }
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() - 1 && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
