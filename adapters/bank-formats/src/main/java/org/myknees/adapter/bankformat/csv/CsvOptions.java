package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.myknees.application.importing.port.out.StatementParseException;

/** The user's CSV settings from {@code ParseContext.options()}, checked; see the package documentation. */
record CsvOptions(Map<ColumnRole, List<String>> columns, Optional<String> dateFormat, Optional<Character> decimal,
                  Optional<Character> delimiter, Optional<String> header, int skip, Optional<Boolean> negate,
                  Optional<CsvProfile> profile, Optional<FeeReading> fees, List<String> unknownKeys) {

    static CsvOptions from(Map<String, String> options, String fileName) {
        Map<ColumnRole, List<String>> columns = new EnumMap<>(ColumnRole.class);
        Optional<String> dateFormat = Optional.empty();
        Optional<Character> decimal = Optional.empty();
        Optional<Character> delimiter = Optional.empty();
        Optional<String> header = Optional.empty();
        int skip = 0;
        Optional<Boolean> negate = Optional.empty();
        Optional<CsvProfile> profile = Optional.empty();
        Optional<FeeReading> fees = Optional.empty();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            String key = option.getKey().strip();
            String value = option.getValue() == null ? "" : option.getValue();
            Optional<ColumnRole> role = ColumnRole.byOptionKey(key);
            if (role.isPresent()) {
                List<String> refs = new ArrayList<>();
                for (String ref : value.split("\\|")) {
                    if (!ref.isBlank()) {
                        refs.add(ref.strip());
                    }
                }
                if (refs.isEmpty()) {
                    throw invalid(fileName, key, "names no column");
                }
                columns.put(role.get(), refs);
                continue;
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "dateformat" -> dateFormat = Optional.of(value.strip());
                case "decimal" -> {
                    String v = value.strip();
                    if (!v.equals(".") && !v.equals(",")) {
                        throw invalid(fileName, key, "must be '.' or ',', not '" + value + "'");
                    }
                    decimal = Optional.of(v.charAt(0));
                }
                case "delimiter" -> {
                    try {
                        delimiter = Optional.of(Delimiters.fromOption(value));
                    } catch (IllegalArgumentException e) {
                        throw invalid(fileName, key, e.getMessage());
                    }
                }
                case "header" -> header = Optional.of(value.strip());
                case "skip" -> skip = count(fileName, key, value);
                case "negate" -> negate = Optional.of(flag(fileName, key, value));
                case "profile" -> profile = Optional.of(CsvProfiles.byCode(value).orElseThrow(
                        () -> invalid(fileName, key, "'" + value + "' is not a known CSV profile")));
                case "fees" -> fees = Optional.of(FeeReading.byOption(value).orElseThrow(
                        () -> invalid(fileName, key, "must be included or separate, not '" + value + "'")));
                default -> unknown.add(key);
            }
        }
        return new CsvOptions(columns, dateFormat, decimal, delimiter, header, skip, negate, profile, fees, unknown);
    }

    private static int count(String fileName, String key, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw invalid(fileName, key, "must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(fileName, key, "must be a number of lines, not '" + value + "'");
        }
    }

    private static boolean flag(String fileName, String key, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(fileName, key, "must be true or false, not '" + value + "'");
        };
    }

    static StatementParseException invalid(String fileName, String key, String reason) {
        return new StatementParseException(fileName, 0, "option " + key + " " + reason);
    }
}
