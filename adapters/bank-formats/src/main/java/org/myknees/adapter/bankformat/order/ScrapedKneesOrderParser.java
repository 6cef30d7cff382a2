package org.myknees.adapter.bankformat.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myknees.adapter.bankformat.aggregator.JsonTree;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedOrder;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * Reads the orders the ScrapedKnees browser extension saves (the format is described in the package
 * documentation) into {@link ParsedFile#orders()}. An order that cannot be read is quarantined whole with its
 * line and field; an order whose items, tax and shipping do not add up to its total imports with a warning.
 */
public final class ScrapedKneesOrderParser implements StatementParser {

    @Override
    public ImportFormat format() {
        return ImportFormat.SCRAPEDKNEES_ORDERS;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        if (!JsonTree.looksLikeJson(head)) {
            return 0;
        }
        String text = JsonTree.headText(head);
        boolean number = text.contains("\"orderNumber\"");
        boolean retailer = text.contains("\"retailer\"");
        return number && retailer ? 95 : number || retailer ? 50 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        String fileName = context.fileName();
        JsonTree document = JsonTree.parse(content, fileName);
        JsonNode root = document.root();
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else if (root.isObject() && root.path("orders").isArray()) {
            root.path("orders").forEach(nodes::add);
        } else if (root.isObject() && (root.has("orderNumber") || root.has("retailer"))) {
            nodes.add(root);
        } else {
            throw new StatementParseException(fileName, 1, "not a ScrapedKnees orders file: expected an order, an array of "
                    + "orders or {\"orders\": [...]}");
        }
        List<ParsedOrder> orders = new ArrayList<>();
        List<QuarantinedRow> quarantined = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode node : nodes) {
            int line = document.lineOf(node);
            try {
                ParsedOrder order = new OrderReader(node, line, context.defaultCurrency(), warnings).read();
                String key = order.retailer().toLowerCase(java.util.Locale.ROOT) + "\n" + order.orderNumber();
                Integer first = seen.putIfAbsent(key, line);
                if (first != null) {
                    quarantined.add(new QuarantinedRow(line, "orderNumber", "order " + order.orderNumber() + " of "
                            + order.retailer() + " appears again (first at line " + first + ")", node.toString()));
                    continue;
                }
                orders.add(order);
            } catch (OrderProblem e) {
                quarantined.add(new QuarantinedRow(line, e.field, e.getMessage(), node.toString()));
            }
        }
        return new ParsedFile(List.of(), orders, quarantined, warnings);
    }

    /** Why an order cannot be read, naming the field at fault. */
    private static final class OrderProblem extends Exception {
        private final String field;

        OrderProblem(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    /** Reads one order and checks that its amounts reconcile. */
    private static final class OrderReader {

        private final JsonNode node;
        private final int line;
        private final Optional<Currency> defaultCurrency;
        private final List<String> warnings;
        private Currency currency;

        OrderReader(JsonNode node, int line, Optional<Currency> defaultCurrency, List<String> warnings) {
            this.node = node;
            this.line = line;
            this.defaultCurrency = defaultCurrency;
            this.warnings = warnings;
        }

        ParsedOrder read() throws OrderProblem {
            if (!node.isObject()) {
                throw new OrderProblem("order", "an order must be a JSON object");
            }
            String retailer = required(JsonTree.text(node, "retailer"), "retailer");
            String number = required(JsonTree.text(node, "orderNumber"), "orderNumber");
            LocalDate date = required(date(node, "orderDate"), "orderDate");
            currency = currency();
            List<ParsedOrder.Item> items = new ArrayList<>();
            JsonNode itemNodes = node.path("items");
            if (!itemNodes.isMissingNode() && !itemNodes.isNull() && !itemNodes.isArray()) {
                throw new OrderProblem("items", "items must be a list");
            }
            for (int i = 0; i < itemNodes.size(); i++) {
                items.add(item(itemNodes.get(i), "items[" + i + "]", number));
            }
            Money itemsSum = Money.zero(currency);
            for (ParsedOrder.Item item : items) {
                itemsSum = itemsSum.plus(item.total());
            }
            Money subtotal = money(node, "subtotal").orElse(itemsSum);
            Money tax = money(node, "tax").orElse(Money.zero(currency));
            Money shipping = money(node, "shipping").orElse(Money.zero(currency));
            Money total = required(money(node, "total"), "total");
            String order = "Order " + number + " of " + retailer + " (line " + line + ")";
            if (!items.isEmpty() && !subtotal.equals(itemsSum)) {
                warnings.add(order + ": its items add up to " + itemsSum + " but its subtotal is " + subtotal);
            }
            Money expected = (items.isEmpty() ? subtotal : itemsSum).plus(tax).plus(shipping);
            if (!expected.equals(total)) {
                warnings.add(order + ": items " + (items.isEmpty() ? subtotal : itemsSum) + " + tax " + tax
                        + " + shipping " + shipping + " = " + expected + ", but its total is " + total);
            }
            return new ParsedOrder(line, retailer, number, date, subtotal, tax, shipping, total,
                    JsonTree.text(node, "sourceUrl"), items);
        }

        private ParsedOrder.Item item(JsonNode item, String field, String number) throws OrderProblem {
            if (!item.isObject()) {
                throw new OrderProblem(field, "an item must be a JSON object");
            }
            String description = required(JsonTree.text(item, "description"), field + ".description");
            long quantity = quantity(item, field + ".quantity");
            Optional<Money> unitPrice = money(item, "unitPrice", field);
            Optional<Money> total = money(item, "total", field);
            if (unitPrice.isEmpty() && total.isEmpty()) {
                throw new OrderProblem(field, field + " has neither unitPrice nor total");
            }
            Money lineTotal;
            try {
                lineTotal = total.isPresent() ? total.get() : unitPrice.get().times(quantity);
            } catch (ArithmeticException e) {
                throw new OrderProblem(field, field + ": quantity × unitPrice is too large");
            }
            Money unit = unitPrice.isPresent() ? unitPrice.get() : unitOf(lineTotal, quantity, field);
            if (unitPrice.isPresent() && total.isPresent() && !sameProduct(unit, quantity, lineTotal)) {
                warnings.add("Order " + number + " (line " + line + "): " + field + " '" + description + "' costs "
                        + quantity + " × " + unit + " but its total is " + lineTotal);
            }
            return new ParsedOrder.Item(description, quantity, unit, lineTotal, JsonTree.text(item, "sku"));
        }

        private static boolean sameProduct(Money unit, long quantity, Money total) {
            try {
                return unit.times(quantity).equals(total);
            } catch (ArithmeticException e) {
                return false;
            }
        }

        private Money unitOf(Money total, long quantity, String field) throws OrderProblem {
            BigDecimal[] division = BigDecimal.valueOf(total.minorUnits()).divideAndRemainder(BigDecimal.valueOf(quantity));
            if (division[1].signum() != 0) {
                throw new OrderProblem(field, field + " has no unitPrice and its total does not divide by its quantity");
            }
            return Money.ofMinor(division[0].longValueExact(), currency);
        }

        private long quantity(JsonNode item, String field) throws OrderProblem {
            JsonNode value = item.get("quantity");
            if (value == null || value.isNull()) {
                return 1;
            }
            String text = value.asText().strip();
            if (!text.matches("\\d{1,9}") || Long.parseLong(text) < 1) {
                throw new OrderProblem(field, field + " '" + value.asText() + "' is not a whole number of at least 1");
            }
            return Long.parseLong(text);
        }

        private Currency currency() throws OrderProblem {
            Optional<String> code = JsonTree.text(node, "currency");
            if (code.isEmpty()) {
                return defaultCurrency.orElseThrow(() -> new OrderProblem("currency", "currency is missing"));
            }
            return JsonTree.currency(code.get())
                    .orElseThrow(() -> new OrderProblem("currency", "'" + code.get() + "' is not an ISO 4217 currency code"));
        }

        private Optional<Money> money(JsonNode owner, String name) throws OrderProblem {
            return money(owner, name, "");
        }

        private Optional<Money> money(JsonNode owner, String name, String prefix) throws OrderProblem {
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            try {
                Optional<BigDecimal> value = JsonTree.decimal(owner, name);
                return value.isPresent() ? Optional.of(Money.of(value.get(), currency)) : Optional.empty();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new OrderProblem(field, field + ": " + e.getMessage());
            }
        }

        private static Optional<LocalDate> date(JsonNode node, String name) throws OrderProblem {
            try {
                return JsonTree.date(node, name);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new OrderProblem(name, e.getMessage());
            }
        }

        private static <T> T required(Optional<T> value, String field) throws OrderProblem {
            return value.orElseThrow(() -> new OrderProblem(field, field + " is missing"));
        }
    }
}
