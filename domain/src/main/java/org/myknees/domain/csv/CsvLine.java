package org.myknees.domain.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV: comma-separated fields, a field in double quotes may hold commas and
 * {@code ""} for a quote. For line-oriented data whose fields never span lines.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * The line's fields, in order.
     *
     * @throws IllegalArgumentException when a quoted field is not closed on the line
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
