package org.myknees.adapter.bankformat.csv;

import java.util.List;
import java.util.Optional;

/**
 * One record of a CSV file.
 *
 * @param line    1-based physical line where the record starts
 * @param fields  the fields, unquoted
 * @param text    the record's raw text as it stands in the file
 * @param problem why the record could not be tokenized cleanly (an unterminated quote), if so
 */
record CsvRecord(int line, List<String> fields, String text, Optional<String> problem) {

    CsvRecord {
        fields = List.copyOf(fields);
    }

    String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
