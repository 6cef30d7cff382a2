package org.myknees.adapter.bankformat.camt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Reads the Python literals of OCA's golden files ({@code *.expected.pydata}): dicts, lists, tuples (as arrays),
 * strings with adjacent-literal concatenation, numbers, True, False and None.
 */
final class PythonLiteral {

    private final String text;
    private int position;

    private PythonLiteral(String text) {
        this.text = text;
    }

    static JsonNode parse(String text) {
        PythonLiteral reader = new PythonLiteral(text);
        JsonNode value = reader.value();
        reader.skipSpace();
        if (reader.position != text.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    private JsonNode value() {
        skipSpace();
        char c = text.charAt(position);
        if (c == '{') {
            return dict();
        }
        if (c == '[' || c == '(') {
            return sequence(c == '[' ? ']' : ')');
        }
        if (c == '\'' || c == '"') {
            StringBuilder joined = new StringBuilder();
            while (position < text.length() && (text.charAt(position) == '\'' || text.charAt(position) == '"')) {
                joined.append(string());
                skipSpace();
            }
            return JsonNodeFactory.instance.textNode(joined.toString());
        }
        for (String word : new String[] {"True", "False", "None"}) {
            if (text.startsWith(word, position)) {
                position += word.length();
                return word.equals("None") ? JsonNodeFactory.instance.nullNode()
                        : JsonNodeFactory.instance.booleanNode(word.equals("True"));
            }
        }
        int start = position;
        while (position < text.length() && "+-.0123456789eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw error("unexpected '" + c + "'");
        }
        return JsonNodeFactory.instance.numberNode(new BigDecimal(text.substring(start, position)));
    }

    private ObjectNode dict() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        position++;
        while (true) {
            skipSpace();
            if (text.charAt(position) == '}') {
                position++;
                return node;
            }
            String key = value().asText();
            expect(':');
            node.set(key, value());
            skipSpace();
            if (text.charAt(position) == ',') {
                position++;
            }
        }
    }

    private ArrayNode sequence(char close) {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        position++;
        while (true) {
            skipSpace();
            if (text.charAt(position) == close) {
                position++;
                return node;
            }
            node.add(value());
            skipSpace();
            if (text.charAt(position) == ',') {
                position++;
            }
        }
    }

    private String string() {
        char quote = text.charAt(position++);
        StringBuilder out = new StringBuilder();
        while (text.charAt(position) != quote) {
            char c = text.charAt(position++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 2), 16));
                    position += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
        position++;
        return out.toString();
    }

    private void expect(char c) {
        skipSpace();
        if (text.charAt(position) != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException("Python literal at " + position + ": " + reason);
    }
}
