package org.myknees.adapter.bankformat.csv;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read the rows of one file: where the header is (if any) and which columns play which role.
 *
 * @param headerIndex    the index of the header record among the file's records, or -1 for none
 * @param header         the header's cells (empty without a header)
 * @param columns        0-based column indexes of each role
 * @param negate         whether positive amounts are money out
 * @param profile        the built-in profile used, if any
 * @param dateFormat     a date pattern the user gave
 * @param headerCurrency a currency the header names, as in {@code Amount (EUR)}
 * @param notes          what the user should know about choices made from the content (a sign convention)
 */
record CsvLayout(int headerIndex, List<String> header, Map<ColumnRole, List<Integer>> columns, boolean negate,
                 Optional<CsvProfile> profile, Optional<String> dateFormat, Optional<Currency> headerCurrency,
                 List<String> notes) {

    CsvLayout {
        header = List.copyOf(header);
        notes = List.copyOf(notes);
        Map<ColumnRole, List<Integer>> copy = new EnumMap<>(ColumnRole.class);
        columns.forEach((role, indexes) -> {
            if (!indexes.isEmpty()) {
                copy.put(role, List.copyOf(indexes));
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    boolean has(ColumnRole role) {
        return columns.containsKey(role);
    }

    /** The role's (first) column, or -1. */
    int column(ColumnRole role) {
        List<Integer> indexes = columns.get(role);
        return indexes == null ? -1 : indexes.get(0);
    }

    List<Integer> columnsOf(ColumnRole role) {
        return columns.getOrDefault(role, List.of());
    }
}
