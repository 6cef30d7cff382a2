package org.myknees.application.importing.port.out;

import java.util.Objects;

/**
 * A row that could not be read; the rest of the file still imports.
 *
 * @param line   1-based line where the row starts
 * @param field  the field that failed (such as {@code date} or {@code amount}), or {@code row}
 * @param reason what is wrong, for people
 * @param text   the row's raw text, so nothing is lost
 */
public record QuarantinedRow(int line, String field, String reason, String text) {

    public QuarantinedRow {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }
}
