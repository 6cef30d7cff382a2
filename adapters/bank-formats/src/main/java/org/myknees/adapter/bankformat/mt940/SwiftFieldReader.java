package org.myknees.adapter.bankformat.mt940;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Cuts the lines of an MT940/MT942 file into fields. SWIFT envelopes ({@code {1:…}{2:…}{4:} … {@code -}}),
 * bank preambles before the first field and Rabobank's {@code :940:} header line are skipped. A line that looks
 * like a tag MT940/MT942 does not define continues the field before it (banks wrap free text that happens to
 * start with {@code :12:}), except before the first field, where it means the file is some other message.
 */
final class SwiftFieldReader {

    static final Set<String> TAGS = Set.of("13", "13D", "20", "21", "25", "25P", "28", "28C", "34F", "60F", "60M",
            "61", "62F", "62M", "64", "65", "86", "90C", "90D", "NS");

    private static final Set<String> HEADERS = Set.of("940", "942");
    private static final Pattern TAG_LIKE = Pattern.compile("^[ \\t]*:([0-9A-Za-z]{1,5}):");

    private SwiftFieldReader() {
    }

    static List<SwiftField> read(List<SwiftText.Line> lines, String fileName) {
        List<SwiftField> fields = new ArrayList<>();
        FieldDraft current = null;
        boolean seenField = false;
        for (SwiftText.Line line : lines) {
            String text = line.text();
            String stripped = text.strip();
            if (stripped.startsWith("{") || stripped.startsWith("-}") || stripped.equals(SwiftField.END)) {
                current = flush(current, fields);
                fields.add(SwiftField.end(line.number()));
                int body = text.indexOf("{4:");
                if (body < 0 || text.substring(body + 3).isBlank()) {
                    continue;
                }
                text = text.substring(body + 3);
                stripped = text.strip();
            }
            if (stripped.isEmpty()) {
                continue;
            }
            Matcher tagLike = TAG_LIKE.matcher(text);
            if (tagLike.find()) {
                String tag = tagLike.group(1);
                if (TAGS.contains(tag)) {
                    current = flush(current, fields);
                    current = new FieldDraft(tag, line.number(), tagLike.end());
                    current.lines.add(text.substring(tagLike.end()));
                    seenField = true;
                    continue;
                }
                if (!seenField) {
                    if (HEADERS.contains(tag)) {
                        continue;
                    }
                    throw new StatementParseException(fileName, line.number(), "':" + tag + ":' is not an MT940 or "
                            + "MT942 field, so the file is not a SWIFT account statement");
                }
            }
            if (current != null) {
                current.lines.add(text);
            }
        }
        flush(current, fields);
        return fields;
    }

    private static FieldDraft flush(FieldDraft draft, List<SwiftField> fields) {
        if (draft != null) {
            fields.add(new SwiftField(draft.tag, draft.line, draft.lines, draft.tagWidth));
        }
        return null;
    }

    private static final class FieldDraft {
        final String tag;
        final int line;
        final int tagWidth;
        final List<String> lines = new ArrayList<>();

        FieldDraft(String tag, int line, int tagWidth) {
            this.tag = tag;
            this.line = line;
            this.tagWidth = tagWidth;
        }
    }
}
