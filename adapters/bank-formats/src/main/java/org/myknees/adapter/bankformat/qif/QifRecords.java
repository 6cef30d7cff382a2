package org.myknees.adapter.bankformat.qif;

import java.util.ArrayList;
import java.util.List;

/** Splits QIF text into records under their section headers. */
final class QifRecords {

    private QifRecords() {
    }

    /**
     * Reads every record. A record ends at {@code ^}, at the next header, or at the end of the file (the last
     * {@code ^} is often missing). Blank lines and records without fields are skipped. The text must start
     * with a header; lines before the first one have no section and are not read.
     */
    static List<QifRecord> read(String text) {
        List<QifRecord> records = new ArrayList<>();
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
            if (content.charAt(0) == '!' || content.charAt(0) == '^') {
                if (section != null && !fields.isEmpty()) {
                    records.add(new QifRecord(section, recordLine, fields));
                }
                fields.clear();
                String header = content.substring(1).strip();
                if (content.charAt(0) == '!' && !QifSection.isOption(header)) {
                    section = QifSection.of(header);
                }
                continue;
            }
            if (fields.isEmpty()) {
                recordLine = line;
            }
            fields.add(new QifRecord.Field(content.charAt(0), content.substring(1)));
        }
        if (section != null && !fields.isEmpty()) {
            records.add(new QifRecord(section, recordLine, fields));
        }
        return records;
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
