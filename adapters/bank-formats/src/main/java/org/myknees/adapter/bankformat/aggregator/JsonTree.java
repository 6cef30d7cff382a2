package org.myknees.adapter.bankformat.aggregator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * A JSON file read into a tree that remembers the line where each object starts, so rows and orders can be
 * named by line. Numbers are kept as exact decimals (never floating point); nesting is limited so hostile input
 * cannot exhaust the stack. Shared by the aggregator and order parsers of this module.
 */
public final class JsonTree {

    private static final int MAX_NESTING = 64;
    /** Amounts beyond this many integer digits or decimals are not money, whatever the JSON says. */
    private static final int MAX_DIGITS = 20;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private JsonTree(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Reads a whole file; anything but one well-formed JSON value is a {@link StatementParseException}. */
    public static JsonTree parse(byte[] content, String fileName) {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new StatementParseException(fileName, 0, "the file is empty");
            }
            JsonNode root = read(parser, first, lines);
            if (parser.nextToken() != null) {
                throw new StatementParseException(fileName, parser.currentTokenLocation().getLineNr(),
                        "unexpected content after the JSON document");
            }
            return new JsonTree(root, lines);
        } catch (JacksonException e) {
            throw new StatementParseException(fileName, e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StatementParseException(fileName, 0, "cannot read the JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser parser, JsonToken token, Map<JsonNode, Integer> lines) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                lines.put(object, parser.currentTokenLocation().getLineNr());
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, read(parser, parser.nextToken(), lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                lines.put(array, parser.currentTokenLocation().getLineNr());
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(parser, next, lines));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                try {
                    return NODES.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException e) {
                    // Valid JSON but beyond BigDecimal (an exponent of billions): keep the text, which no
                    // amount or timestamp accepts, so only the row holding it is quarantined.
                    return NODES.textNode(parser.getText());
                }
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The 1-based line where the object or array starts, or 0 when unknown. */
    public int lineOf(JsonNode node) {
        return lines.getOrDefault(node, 0);
    }

    /** Whether the first bytes, after white space and a byte order mark, open a JSON object or array. */
    public static boolean looksLikeJson(byte[] head) {
        if (head == null) {
            return false;
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && (head[i] == '{' || head[i] == '[');
    }

    /** The first bytes as text, for cheap key searches in {@code recognize}. */
    public static String headText(byte[] head) {
        return head == null ? "" : new String(head, 0, Math.min(head.length, 16 * 1024), StandardCharsets.UTF_8);
    }

    /** A text field, blank and JSON null counting as absent. */
    public static Optional<String> text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    /**
     * An exact decimal from a JSON string ({@code "-12.30"}) or number ({@code 12.3}); empty when absent or
     * null. A string that is no plain decimal, or a number too large to be money, is an {@link
     * IllegalArgumentException} with a message for people.
     */
    public static Optional<BigDecimal> decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        BigDecimal decimal;
        if (value.isNumber()) {
            decimal = value.decimalValue();
        } else if (value.isTextual() && value.asText().strip().matches("[+-]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})")) {
            decimal = new BigDecimal(value.asText().strip());
        } else {
            throw new IllegalArgumentException(name + " '" + value.asText() + "' is not a decimal amount");
        }
        if (decimal.precision() - decimal.scale() > MAX_DIGITS || decimal.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException(name + " " + value.asText() + " is out of range for money");
        }
        return Optional.of(decimal);
    }

    /** The ISO 4217 currency of a code, or empty for anything else (custom or unofficial currencies). */
    public static Optional<java.util.Currency> currency(String code) {
        try {
            java.util.Currency currency = java.util.Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A date field in ISO form; a date-time keeps its date part. */
    public static Optional<LocalDate> date(JsonNode node, String... names) {
        for (String name : names) {
            Optional<String> text = text(node, name);
            if (text.isPresent()) {
                String value = text.get();
                try {
                    return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(name + " '" + value + "' is not a date (yyyy-MM-dd)");
                }
            }
        }
        return Optional.empty();
    }
}
