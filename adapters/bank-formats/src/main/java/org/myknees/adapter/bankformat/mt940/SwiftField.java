package org.myknees.adapter.bankformat.mt940;

import java.util.List;

/**
 * One tagged field of a SWIFT message, such as {@code :61:} with its continuation lines, or the end of a
 * message ({@link #END}).
 *
 * @param tag      the tag without colons ({@code 61}, {@code 60F}, {@code NS}), or {@code -} for a message end
 * @param line     1-based line where the field starts
 * @param lines    the text after the tag on the first line, then each continuation line verbatim
 * @param tagWidth how many characters precede the value on the first line (the tag and its colons)
 */
record SwiftField(String tag, int line, List<String> lines, int tagWidth) {

    static final String END = "-";

    SwiftField {
        lines = List.copyOf(lines);
    }

    static SwiftField end(int line) {
        return new SwiftField(END, line, List.of(), 0);
    }

    String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The value as it stands in the file, lines joined by line breaks. */
    String raw() {
        return String.join("\n", lines);
    }

    /** The field as it stands in the file, tag included: what a quarantined row keeps. */
    String source() {
        return END.equals(tag) ? END : ":" + tag + ":" + raw();
    }
}
