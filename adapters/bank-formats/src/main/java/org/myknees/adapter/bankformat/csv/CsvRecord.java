package org.myknees.adapter.bankformat.csv;

import java.util.List;
import java.util.Optional;

/**
 * One record of a CSV file: its 1-based physical line where it starts, its fields (unquoted), its raw text as it
 * stands in the file, and why it could not be tokenized cleanly (an unterminated quote), if so. The raw text is
 * cut from the file's text only when asked for (to quote a row that could not be read), so that a file of a
 * million records does not hold every line twice.
 */
final class CsvRecord {

    private final int line;
    private final List<String> fields;
    private final String source;
    private final int start;
    private final int end;
    private final Optional<String> problem;

    /** A record whose raw text is {@code source} from {@code start} to {@code end}. */
    CsvRecord(int line, List<String> fields, String source, int start, int end, Optional<String> problem) {
        this.line = line;
        this.fields = List.copyOf(fields);
        this.source = source;
        this.start = start;
        this.end = end;
        this.problem = problem;
    }

    int line() {
        return line;
    }

    List<String> fields() {
        return fields;
    }

    String text() {
        return source.substring(start, end);
    }

    Optional<String> problem() {
        return problem;
    }

    String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
