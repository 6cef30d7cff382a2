package org.myknees.adapter.bankformat.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.account.ImportFormat;

/**
 * A known CSV layout: the header a bank writes and which column plays which role.
 *
 * @param code       the profile part of the format code ({@code ally-bank} for {@code csv:ally-bank})
 * @param name       the bank or app, for people
 * @param headers    the column names in file order; for a headerless layout they name the positions
 * @param columns    the header names of the columns of each role
 * @param headerless whether files of this layout have no header row
 * @param negate     whether a positive amount means money out (card and receipt exports)
 * @param note       what a user should know about the layout
 */
public record CsvProfile(String code, String name, List<String> headers, Map<ColumnRole, List<String>> columns,
                         boolean headerless, boolean negate, String note) {

    public CsvProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        Map<ColumnRole, List<String>> copy = new EnumMap<>(ColumnRole.class);
        columns.forEach((role, names) -> copy.put(role, List.copyOf(names)));
        columns = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(note, "note");
    }

    /** The format code that selects this profile, such as {@code csv:ally-bank}. */
    public ImportFormat format() {
        return new ImportFormat("csv:" + code);
    }

    /** The header names of a role's columns; empty when the layout has no such column. */
    public List<String> columnsOf(ColumnRole role) {
        return columns.getOrDefault(role, List.of());
    }

    /** The index of a header name in {@link #headers}, compared as the parser compares headers. */
    Optional<Integer> position(String header) {
        String wanted = HeaderVocabulary.normalize(header);
        for (int i = 0; i < headers.size(); i++) {
            if (HeaderVocabulary.normalize(headers.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
