package org.myknees.adapter.bankformat.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One record of a CSV file: its 1-based physical line where it starts, its fields (unquoted), its raw text as it
 * stands in the file, and why it could not be tokenized cleanly (an unterminated quote), if so. The raw text and
 * the fields that need no unquoting are cut from the file's text only when asked for, so that a file of a million
 * records holds neither every line twice nor a string per cell while it is read.
 */
final class CsvRecord {

    private final int line;
    private final String source;
    private final int start;
    private final int end;
    /**
     * Field {@code k} is {@code source} from {@code bounds[offset + 2k]} to {@code bounds[offset + 2k + 1]} unless
     * {@link #texts} holds it. The array may hold other records' bounds too.
     */
    private final int[] bounds;
    private final int offset;
    private final int size;
    /** Fields that are not plain spans of the source (quoted ones), by index; null when there are none. */
    private final String[] texts;
    private final Optional<String> problem;

    /** A record of the given fields, whose raw text is {@code source} from {@code start} to {@code end}. */
    CsvRecord(int line, List<String> fields, String source, int start, int end, Optional<String> problem) {
        this(line, source, start, end, new int[2 * fields.size()], 0, fields.size(),
                List.copyOf(fields).toArray(new String[0]), problem);
    }

    /**
     * A tokenized record of {@code size} fields: field {@code k} is {@code texts[k]} when {@code texts} is not null and
     * holds one there, else the span of {@code source} that {@code bounds} gives from {@code offset} on. The record
     * shares {@code bounds} (its part of it must not change) and owns {@code texts} from now on.
     */
    CsvRecord(int line, String source, int start, int end, int[] bounds, int offset, int size, String[] texts,
              Optional<String> problem) {
        this.line = line;
        this.source = source;
        this.start = start;
        this.end = end;
        this.bounds = bounds;
        this.offset = offset;
        this.size = size;
        this.texts = texts;
        this.problem = problem;
    }

    int line() {
        return line;
    }

    /** Where the record starts in the file's text. */
    int start() {
        return start;
    }

    /** The fields, as a new list on every call: for looking at a few records, not every row of a large file. */
    List<String> fields() {
        String[] fields = new String[size()];
        Arrays.setAll(fields, this::field);
        return List.of(fields);
    }

    /** How many fields the record has. */
    int size() {
        return size;
    }

    String text() {
        return source.substring(start, end);
    }

    Optional<String> problem() {
        return problem;
    }

    /** The field at {@code index}, or empty when the record has no such field. */
    String field(int index) {
        if (index < 0 || index >= size()) {
            return "";
        }
        if (texts != null && texts[index] != null) {
            return texts[index];
        }
        return source.substring(bounds[offset + 2 * index], bounds[offset + 2 * index + 1]);
    }

    boolean isBlank() {
        for (int k = 0; k < size(); k++) {
            if (!isBlank(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the field at {@code index} is blank as {@link String#isBlank} says (a missing field is), without cutting
     * it from the text.
     */
    boolean isBlank(int index) {
        if (index < 0 || index >= size()) {
            return true;
        }
        if (texts != null && texts[index] != null) {
            return texts[index].isBlank();
        }
        // No whitespace lies outside the basic plane, so testing char by char agrees with String.isBlank.
        for (int i = bounds[offset + 2 * index]; i < bounds[offset + 2 * index + 1]; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
