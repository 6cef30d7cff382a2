package org.myknees.domain.rule;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.myknees.domain.category.CategoryKey;

/**
 * Reads categorization rules from CSV with the header {@code match,pattern,category[,tier]} (columns in any
 * order). {@code match} is {@code contains}, {@code regex} (POSIX ERE), {@code equals}, {@code startswith} or
 * {@code endswith}; every rule tests the raw descriptor, ignoring case, and the first rule in file order that
 * matches wins. {@code category} is kept as written (a taxonomy code or a free name) for a caller-supplied
 * resolver to turn into a {@link CategoryKey}; {@code tier} is informational. Patterns are taken as written,
 * spaces included. Errors name the source, line and field.
 */
public final class RulesCsv {

    private static final Map<String, TextOperator> MATCH_KINDS = Map.of(
            "contains", TextOperator.CONTAINS,
            "regex", TextOperator.REGEX,
            "equals", TextOperator.EQUALS,
            "startswith", TextOperator.STARTS_WITH,
            "endswith", TextOperator.ENDS_WITH);
    private static final List<String> COLUMNS = List.of("match", "pattern", "category", "tier");
    private static final Set<String> REQUIRED = Set.of("match", "pattern", "category");

    /**
     * One rule as written in the file.
     *
     * @param line     the line it starts on
     * @param category the category column as written, trimmed
     */
    public record Row(int line, TextOperator match, String pattern, String category, Optional<String> tier) {
    }

    private RulesCsv() {
    }

    /**
     * Reads the file into rules of stage {@link RuleStage#DEFAULT}, positioned in file order.
     *
     * @param source   the file's name, for messages
     * @param resolver maps the category column to a key; an {@link IllegalArgumentException} it throws is
     *                 reported against the row
     * @throws RulesCsvException for malformed CSV, an unknown match kind, an invalid pattern or an unresolvable
     *                           category
     */
    public static List<Rule> read(Reader reader, String source, Function<String, CategoryKey> resolver) {
        List<Rule> rules = new ArrayList<>();
        for (Row row : readRows(reader, source)) {
            CategoryKey category;
            try {
                category = resolver.apply(row.category());
            } catch (IllegalArgumentException e) {
                throw new RulesCsvException(source, row.line(), "category", e.getMessage());
            }
            if (category == null) {
                throw new RulesCsvException(source, row.line(), "category",
                        "'" + row.category() + "' names no category");
            }
            try {
                rules.add(Rule.builder(RuleId.newId(), source + " line " + row.line() + ": "
                                + row.match().label() + " '" + row.pattern() + "'")
                        .position(rules.size())
                        .when(new Condition.Text(TextField.RAW_DESCRIPTOR, row.match(), List.of(row.pattern()), false))
                        .then(new RuleAction.SetCategory(category))
                        .build());
            } catch (InvalidRuleException e) {
                throw new RulesCsvException(source, row.line(), "pattern", e.reason());
            }
        }
        return List.copyOf(rules);
    }

    /** Reads the rows as written, checking the CSV and the match kinds but not patterns or categories. */
    public static List<Row> readRows(Reader reader, String source) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(readAll(reader));
        } catch (CsvRecords.MalformedException e) {
            throw new RulesCsvException(source, e.line(), null, e.getMessage());
        }
        if (records.isEmpty()) {
            throw new RulesCsvException(source, 1, null, "the file is empty; it needs the header match,pattern,category");
        }
        Map<String, Integer> columns = header(records.get(0), source);
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                throw new RulesCsvException(source, record.line(), null, "has " + record.fields().size()
                        + " fields where the header has " + columns.size());
            }
            String kind = record.fields().get(columns.get("match")).strip();
            TextOperator match = MATCH_KINDS.get(kind.toLowerCase(Locale.ROOT));
            if (match == null) {
                throw new RulesCsvException(source, record.line(), "match",
                        "'" + kind + "' is not one of contains, regex, equals, startswith, endswith");
            }
            String pattern = record.fields().get(columns.get("pattern"));
            if (pattern.isEmpty()) {
                throw new RulesCsvException(source, record.line(), "pattern", "the pattern is empty");
            }
            String category = record.fields().get(columns.get("category")).strip();
            if (category.isEmpty()) {
                throw new RulesCsvException(source, record.line(), "category", "the category is empty");
            }
            Optional<String> tier = Optional.ofNullable(columns.get("tier"))
                    .map(index -> record.fields().get(index).strip())
                    .filter(text -> !text.isEmpty());
            rows.add(new Row(record.line(), match, pattern, category, tier));
        }
        return List.copyOf(rows);
    }

    private static Map<String, Integer> header(CsvRecords.Record record, String source) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.fields().size(); i++) {
            String name = record.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new RulesCsvException(source, record.line(), null, "the header names an unknown column '"
                        + record.fields().get(i) + "'; expected match,pattern,category[,tier]");
            }
            if (columns.put(name, i) != null) {
                throw new RulesCsvException(source, record.line(), null, "the header names '" + name + "' twice");
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !columns.containsKey(required)) {
                throw new RulesCsvException(source, record.line(), null, "the header lacks the column '" + required
                        + "'; expected match,pattern,category[,tier]");
            }
        }
        return columns;
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
