package org.myknees.adapter.bankformat.qif;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One record of a QIF file: the lines up to a {@code ^}, each a one-letter code and a value.
 *
 * @param section the header the record stands under
 * @param line    1-based line of the record's first field
 */
record QifRecord(QifSection section, int line, List<Field> fields) {

    QifRecord {
        fields = List.copyOf(fields);
    }

    /** One line of a record: {@code T-12.50} is code {@code T}, value {@code -12.50}. */
    record Field(char code, String value) {
    }

    /** The stripped value of the first field with this code, if it has one. */
    Optional<String> first(char code) {
        return fields.stream().filter(f -> f.code() == code).map(f -> f.value().strip())
                .filter(v -> !v.isEmpty()).findFirst();
    }

    List<String> all(char code) {
        return fields.stream().filter(f -> f.code() == code).map(f -> f.value().strip()).toList();
    }

    /** The record as its lines, so a quarantined record keeps everything it said. */
    String text() {
        return fields.stream().map(f -> f.code() + f.value()).collect(Collectors.joining("\n"));
    }
}
