package org.myknees.adapter.bankformat.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the delimiter of a CSV text among comma, semicolon, tab and pipe: the one that splits the most of the
 * first records into the same number (two or more) of fields without cutting a quoted cell; more columns,
 * then that order, break ties.
 */
final class Delimiters {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_RECORDS = 60;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private Delimiters() {
    }

    static char detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        char best = ',';
        int bestRows = 0;
        int bestColumns = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> rowsByWidth = new HashMap<>();
            for (CsvRecord record : CsvTokenizer.head(sample, candidate, SAMPLE_RECORDS)) {
                int width = record.size();
                if (width >= 2 && !record.isBlank() && !splitsQuotedCell(record) && !cutsDecimalComma(record)) {
                    rowsByWidth.merge(width, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : rowsByWidth.entrySet()) {
                int rows = entry.getValue();
                int columns = entry.getKey();
                if (rows > bestRows || (rows == bestRows && columns > bestColumns)) {
                    best = candidate;
                    bestRows = rows;
                    bestColumns = columns;
                }
            }
        }
        return best;
    }

    /**
     * A quote left inside a field means the candidate cut a quoted cell ({@code "-45,10"} split at its comma
     * and read on past the closing quote), so the record does not count for it.
     */
    private static boolean splitsQuotedCell(CsvRecord record) {
        return record.fields().stream().anyMatch(f -> f.indexOf('"') >= 0);
    }

    /**
     * A record of two fields cut at a decimal comma ({@code Počáteční zůstatek;10 360,00} split at the comma into
     * {@code ...10 360} and {@code 00}): a semicolon file's balance lines, or its rows of a single amount, would
     * otherwise outnumber its wider rows for the comma.
     */
    private static boolean cutsDecimalComma(CsvRecord record) {
        if (record.size() != 2) {
            return false;
        }
        String before = record.field(0);
        String after = record.field(1);
        return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))
                && (after.length() == 1 || after.length() == 2) && after.chars().allMatch(Character::isDigit);
    }

    /** Reads the {@code delimiter} option: a single character, or {@code tab}. */
    static char fromOption(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("tab") || value.equals("\t") || v.equals("\\t")) {
            return '\t';
        }
        if (value.length() == 1) {
            return value.charAt(0);
        }
        throw new IllegalArgumentException("the delimiter option must be one character or 'tab', not '" + value + "'");
    }
}
