package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads statements written as blocks of {@code Key: value} lines, one block per transaction and a blank line
 * between blocks (Santander UK's text download). They become records as if the file were a table: a header
 * of the keys the transaction blocks share, then one record per block. Blocks of other keys (a period, an
 * account) come before the header, as any preamble does, so the layout finder treats them alike.
 */
final class KeyValueBlocks {

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([\\p{L}][\\p{L} .'/-]{0,30}?)\\s*:\\s?(.*)$");
    private static final int MIN_BLOCKS = 2;

    private KeyValueBlocks() {
    }

    private record Block(int line, int start, int end, Map<String, String> values) {
    }

    /** The records of a text made of key-value blocks, or empty when the text is not made of them. */
    static Optional<List<CsvRecord>> records(String text) {
        List<Block> blocks = blocks(text);
        if (blocks == null) {
            return Optional.empty();
        }
        Map<List<String>, Integer> shapes = new LinkedHashMap<>();
        for (Block block : blocks) {
            shapes.merge(List.copyOf(block.values.keySet()), 1, Integer::sum);
        }
        List<String> keys = shapes.entrySet().stream().filter(e -> e.getKey().size() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(List.of());
        long transactions = blocks.stream().filter(b -> b.values.keySet().containsAll(keys)).count();
        if (keys.isEmpty() || transactions < MIN_BLOCKS) {
            return Optional.empty();
        }
        List<CsvRecord> records = new ArrayList<>();
        boolean headerWritten = false;
        for (Block block : blocks) {
            boolean transaction = block.values.keySet().containsAll(keys);
            if (transaction && !headerWritten) {
                records.add(new CsvRecord(block.line, keys, text, block.start, block.start, Optional.empty()));
                headerWritten = true;
            }
            List<String> fields = transaction ? keys.stream().map(block.values::get).toList()
                    : List.copyOf(block.values.values());
            records.add(new CsvRecord(block.line, fields, text, block.start, block.end, Optional.empty()));
        }
        return Optional.of(records);
    }

    /** The blocks of the text, or null when a non-blank line is not a key-value line. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        int blockLine = 0;
        int blockStart = 0;
        int lineNumber = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int end = lineEnd(text, pos);
            lineNumber++;
            String line = text.substring(pos, end);
            if (line.isBlank()) {
                if (!values.isEmpty()) {
                    blocks.add(new Block(blockLine, blockStart, pos, values));
                    values = new LinkedHashMap<>();
                }
            } else {
                Matcher m = KEY_VALUE.matcher(line);
                if (!m.matches() || values.containsKey(m.group(1).strip())) {
                    return null;
                }
                if (values.isEmpty()) {
                    blockLine = lineNumber;
                    blockStart = pos;
                }
                values.put(m.group(1).strip(), m.group(2).strip());
            }
            pos = next(text, end);
        }
        if (!values.isEmpty()) {
            blocks.add(new Block(blockLine, blockStart, text.length(), values));
        }
        return blocks.size() >= MIN_BLOCKS ? blocks : null;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the one ending at {@code end}, past the text's end after its last line. */
    private static int next(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
}
